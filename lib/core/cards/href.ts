import { routing } from "@/i18n/routing";
import type { AnyView, Locale } from "./types";

/**
 * The "Download displayed data" link of a card: the view's CSV path (its
 * ":name" segments filled from `params`), the card's id and the page's own
 * query, so the CSV is built from the same URL state; `lang=<locale>` on a
 * page that is not in the default language (`lang=es`, `lang=pt`), for names
 * in that language where the portal has them.
 */
export function csvHref(view: AnyView, card: string | null, query: string, locale: Locale, params: Record<string, string> = {}): string {
  const segments = view.path.map((part) => {
    if (!part.startsWith(":")) return part;
    const value = params[part.slice(1)];
    if (value === undefined) throw new Error(`csvHref: no value for ${part} in /${view.path.join("/")}`);
    return encodeURIComponent(value);
  });
  const path = `/api/csv/${segments.join("/")}${card ? `/${card}` : ""}`;
  if (locale === routing.defaultLocale) return `${path}${query}`;
  return `${path}${query}${query ? "&" : "?"}lang=${locale}`;
}
