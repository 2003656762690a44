/**
 * A card is one displayed table of a view, defined once: its loader and its
 * columns. From that one definition come the HTML table on the page
 * (components/ui/data-table.tsx), the view's CSV (lib/core/cards/csv.ts, the
 * "Download displayed data" link) and the column entries of the data
 * dictionary. A view reads its URL state exactly as its page does, so the CSV
 * always holds what the page shows.
 */
import type { CsvCell } from "@/lib/core/csv/guard";
import type { ColumnSpec } from "@/lib/core/columns";
import type { SearchParams } from "@/lib/core/url-state";
import { cached } from "@/lib/core/cache";
import type { Locale } from "@/i18n/routing";

export type { Locale };

/** How the page shows a value (the CSV always carries the raw value). */
export type CellFormat = "text" | "integer" | "number" | "percent" | "decimal" | "score" | "date";

/** What a cell may use to display itself: the page's language and the card's messages. */
export interface CellContext {
  locale: Locale;
  /** The card's message namespace (keys under it, ICU values). */
  t: (key: string, values?: Record<string, string | number>) => string;
  /** Dates in the page's language (next-intl's formatter). */
  format: { dateTime(date: Date, options: { year: "numeric"; month: "short"; timeZone: string }): string };
}

export interface CardColumn<Row> extends ColumnSpec {
  /** The raw value in the CSV, also what the page formats unless `display` is given. */
  value: (row: Row) => CsvCell;
  /** The header on the page: a message key in the card's namespace. Absent: CSV only. */
  label?: string;
  /** Header text built from the messages instead of `t(label)`, when it names what the view chose (a measure, an indicator and its unit). */
  header?: (cell: CellContext) => string;
  format?: CellFormat;
  /** Text shown on the page instead of the formatted value (a localised name, a translated code). */
  display?: (row: Row, cell: CellContext) => string;
  /** Message key (card's namespace) shown, muted, for an empty value instead of the table's "n/a" ("No data"). */
  missing?: string;
  /** A link for the cell on the page (a locale-free path such as /explorer/country/chl). */
  href?: (row: Row) => string | null;
  /** Smaller text after the value on the page (a domain, "incomplete period"). */
  note?: (row: Row, cell: CellContext) => string | null;
  /** A colour key drawn before the cell's text (the swatch--<key> style of the chart it explains). */
  swatch?: (row: Row) => string | null;
  /** A proportion (0–1) drawn as a bar before the cell's text, so a column of shares reads at a glance. */
  bar?: (row: Row) => number | null;
  /** The cell that names the row: a row header (th scope="row") on the page. */
  rowHeader?: boolean;
}

export interface Card<Ctx, Row> {
  /** Message namespace of the labels, e.g. "explorer". */
  namespace: string;
  columns: ReadonlyArray<CardColumn<Row>>;
  /**
   * The CSV's columns when they depend on the context (one per vocabulary
   * term, say): they replace `columns`, which then lists the fixed ones.
   */
  columnsFor?: (ctx: Ctx) => ReadonlyArray<CardColumn<Row>>;
  load(ctx: Ctx): Promise<Row[]>;
  /** The CSV's file name, without ".csv". */
  filename(ctx: Ctx): string;
  /** Stable key of a row on the page. */
  rowKey?: (row: Row, index: number) => string;
}

/** What a view reads from a request: the path's parameters, its query, and the language. */
export interface ViewRequest {
  params: Record<string, string>;
  search: SearchParams;
  locale: Locale;
}

/**
 * A view's cards and how a request becomes their context (state, scope,
 * whether the figures are demonstration data). `path` is the view's CSV path
 * under /api/csv, with ":name" for a path parameter; a CSV URL is that path
 * plus the card's id (or the view's only card when it has one).
 */
export interface View<Ctx> {
  path: readonly string[];
  /** Null when the path names nothing (an unknown economy, marketplace or pillar): 404. */
  resolve(request: ViewRequest): Promise<Ctx | null>;
  // Card rows differ per card; the view only hands them to the generic route.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  cards: Record<string, Card<Ctx, any>>;
  /** The card an URL without a card id means (for views with one table, and old links). */
  defaultCard?: string;
  /**
   * Why no CSV can be built from this state (answered 400 on that parameter),
   * where the page shows a prompt instead of its tables (too few economies chosen).
   */
  invalid?(ctx: Ctx): { parameter: string; message: string } | null;
}

/** A view of any context, as the view registry holds them. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyView = View<any>;

let definitions = 0;

/**
 * Builds a card with its row type inferred from the loader. Its rows are
 * cached per context (lib/core/cache), for the page and its CSV alike.
 */
export function defineCard<Ctx, Row>(card: Card<Ctx, Row>): Card<Ctx, Row> {
  return { ...card, load: cached(`card${++definitions}:${card.namespace}`, card.load) };
}

/** A view; its context is cached per request (path, query and language). */
export function defineView<Ctx>(view: View<Ctx>): View<Ctx> {
  return { ...view, resolve: cached(`view:${view.path.join("/")}`, view.resolve) };
}
