/**
 * The per-view CSV: one generic handler for every card of every view
 * (app/api/csv/[...path]/route.ts). It reads the view's state from the query
 * exactly as the page does (repeated parameters kept, the first value used
 * where one is expected), loads the card and writes its columns.
 */
import { routing } from "@/i18n/routing";
import { apiError } from "@/lib/core/api-error";
import { csvHeader } from "@/lib/core/columns";
import { csvResponse, toCsv } from "@/lib/core/csv/to-csv";
import { searchParamsOf } from "@/lib/core/url-state";
import type { AnyView, Card, Locale } from "./types";

interface Match {
  view: AnyView;
  params: Record<string, string>;
  card: string | undefined;
}

function matchPath(pattern: readonly string[], segments: readonly string[]): Record<string, string> | null {
  if (pattern.length !== segments.length) return null;
  const params: Record<string, string> = {};
  for (const [i, part] of pattern.entries()) {
    if (part.startsWith(":")) params[part.slice(1)] = segments[i];
    else if (part !== segments[i]) return null;
  }
  return params;
}

/** The view a CSV path names: the view's own path (its default card), or that path and a card id. */
export function findView(views: ReadonlyArray<AnyView>, segments: readonly string[]): Match | null {
  for (const view of views) {
    const params = matchPath(view.path, segments);
    if (params) return { view, params, card: undefined };
  }
  for (const view of views) {
    const params = matchPath(view.path, segments.slice(0, -1));
    if (params) return { view, params, card: segments.at(-1) };
  }
  return null;
}

/** The language of a CSV's names: `lang` when it is one of the portal's locales, else the default (English). */
export function csvLocale(url: URL): Locale {
  const lang = url.searchParams.get("lang");
  return routing.locales.find((locale) => locale === lang) ?? routing.defaultLocale;
}

export async function cardCsv<Ctx, Row>(card: Card<Ctx, Row>, ctx: Ctx): Promise<Response> {
  const rows = await card.load(ctx);
  const columns = card.columnsFor?.(ctx) ?? card.columns;
  const csv = toCsv({ columns: columns.map(csvHeader), rows: rows.map((row) => columns.map((c) => c.value(row))) });
  return csvResponse(csv, `${card.filename(ctx)}.csv`);
}

export async function viewCsvResponse(views: ReadonlyArray<AnyView>, segments: readonly string[], request: Request): Promise<Response> {
  const match = findView(views, segments);
  if (!match) return apiError(404, "not-found", `no downloadable view at /${segments.join("/")}`, "path");
  const { view, params } = match;
  const cardId = match.card ?? view.defaultCard;
  const card = cardId === undefined ? undefined : Object.hasOwn(view.cards, cardId) ? view.cards[cardId] : undefined;
  if (!card) return apiError(404, "not-found", `table must be one of ${Object.keys(view.cards).join(", ")}`, "table");
  const url = new URL(request.url);
  const ctx = await view.resolve({ params, search: searchParamsOf(url), locale: csvLocale(url) });
  if (ctx === null) {
    const [name] = Object.keys(params);
    return apiError(404, "not-found", `${params[name] ?? "it"} is not known here`, name);
  }
  const invalid = view.invalid?.(ctx);
  if (invalid) return apiError(400, "invalid_parameter", invalid.message, invalid.parameter);
  return cardCsv(card, ctx);
}
