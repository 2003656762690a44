import type { Locale } from "./types";

/**
 * The "Download displayed data" link of a card: the view's CSV path, the
 * card's id and the page's own query, so the CSV is built from the same URL
 * state; `lang=es` on a Spanish page, for names in Spanish.
 */
export function csvHref(viewPath: string, card: string | null, query: string, locale: Locale): string {
  const path = `/api/csv${viewPath}${card ? `/${card}` : ""}`;
  if (locale === "en") return `${path}${query}`;
  return `${path}${query}${query ? "&" : "?"}lang=${locale}`;
}
