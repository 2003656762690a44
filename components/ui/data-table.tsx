import type { ReactNode } from "react";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { listedRows } from "@/lib/core/cards/listing";
import type { Card, CardColumn, CellContext, CellFormat, Locale } from "@/lib/core/cards/types";
import type { CsvCell } from "@/lib/core/csv/guard";

type Formatter = Awaited<ReturnType<typeof getFormatter>>;

const NUMERIC: ReadonlySet<CellFormat> = new Set(["integer", "number", "percent", "decimal", "score"]);

function formatValue(value: CsvCell, format: CellFormat, f: Formatter): string {
  if (typeof value === "boolean") return String(value);
  if (typeof value !== "number") return String(value ?? "");
  switch (format) {
    case "integer":
      return f.number(Math.round(value));
    case "percent":
      return f.number(value, { style: "percent", maximumFractionDigits: 1 });
    case "decimal":
      return f.number(value, { maximumFractionDigits: 2 });
    case "score":
      return f.number(value, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    default:
      return f.number(value);
  }
}

/**
 * The HTML table of a card: the columns that have a label, in order, each
 * cell formatted for the page's language. The same card definition writes the
 * view's CSV, so the download holds what this table shows.
 */
export async function DataTable<Ctx, Row>({
  card,
  rows,
  ctx,
  caption,
  empty,
  csv,
  className,
  extra = [],
  limit,
}: {
  card: Card<Ctx, Row>;
  rows: Row[];
  /** The view's context: required by a card whose columns depend on it (`columnsFor`). */
  ctx?: Ctx;
  /** The card's CSV link (csvHref), marked on the table so a test can compare the two. */
  csv?: string;
  /** Names the table for screen readers (a chart's table equivalent gives the chart's label). */
  caption?: string;
  /** Shown instead of an empty table. */
  empty?: ReactNode;
  /** A class added to the table's own, for a view's layout of long headers or wide cells. */
  className?: string;
  /** Page-only cells after the card's columns, holding no data of their own (a sparkline of the row's figures). */
  extra?: ReadonlyArray<{ key: string; header: string; cell: (row: Row) => ReactNode }>;
  /** Shows only the first rows, saying so; the card's CSV still holds every row. */
  limit?: number;
}) {
  const [format, locale, t, shell] = await Promise.all([
    getFormatter(),
    getLocale() as Promise<Locale>,
    getTranslations(card.namespace as never) as unknown as Promise<CellContext["t"]>,
    getTranslations("table"),
  ]);
  if (rows.length === 0) return empty ?? <p className="empty">{shell("empty")}</p>;
  const cell: CellContext = { locale, t, format };
  const { listed, total } = listedRows(rows, limit);
  if (card.columnsFor && ctx === undefined) throw new Error("this card's columns depend on its view's context: pass ctx");
  const columns = ctx !== undefined && card.columnsFor ? card.columnsFor(ctx) : card.columns;
  const shown = columns.filter((c): c is CardColumn<Row> & { label: string } => Boolean(c.label));

  function content(column: CardColumn<Row>, row: Row): ReactNode {
    const value = column.value(row);
    const absent = !column.display && (value === null || value === undefined);
    const text = column.display
      ? column.display(row, cell)
      : absent
        ? column.missing
          ? <span className="muted">{t(column.missing)}</span>
          : shell("notAvailable")
        : formatValue(value, column.format ?? "text", format);
    const href = column.href?.(row);
    const note = column.note?.(row, cell);
    const swatch = column.swatch?.(row);
    const bar = column.bar?.(row);
    return (
      <>
        {swatch ? <span className={`swatch swatch--${swatch}`} aria-hidden="true" /> : null}
        {swatch ? " " : null}
        {typeof bar === "number" ? (
          <span className="bar" aria-hidden="true">
            <span className="bar__fill" style={{ width: `${Math.round(bar * 100)}%` }} />
          </span>
        ) : null}
        {href ? <Link href={href}>{text}</Link> : text}
        {note ? <span className="muted"> {note}</span> : null}
      </>
    );
  }

  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={caption ?? shell("scrollRegion")}>
      <table className={className ? `data-table ${className}` : "data-table"} data-csv={csv}>
        {caption ? <caption className="visually-hidden">{caption}</caption> : null}
        <thead>
          <tr>
            {shown.map((column) => (
              <th key={column.name} scope="col" className={NUMERIC.has(column.format ?? "text") ? "numeric" : undefined} data-column={column.name}>
                {column.header ? column.header(cell) : t(column.label)}
              </th>
            ))}
            {extra.map((column) => (
              <th key={column.key} scope="col">
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {listed.map((row, i) => (
            <tr key={card.rowKey?.(row, i) ?? i}>
              {shown.map((column) => {
                const className = NUMERIC.has(column.format ?? "text") ? "numeric" : undefined;
                return column.rowHeader ? (
                  <th key={column.name} scope="row" className={className}>
                    {content(column, row)}
                  </th>
                ) : (
                  <td key={column.name} className={className}>
                    {content(column, row)}
                  </td>
                );
              })}
              {extra.map((column) => (
                <td key={column.key}>{column.cell(row)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {listed.length < total ? (
        <p className="card__note" data-truncated={total}>
          {shell("truncated", { shown: listed.length, total })}
        </p>
      ) : null}
    </div>
  );
}
