import { searchParamsOf, type SearchParams } from "@/lib/core/url-state";
import { isEmbedPath } from "@/lib/core/http/security-headers";
import { matchEmbeddable, splitLocale, type ViewAddress, type ViewMatch } from "./views";

/** The portal's address of a view in a page: same origin, a known locale, a view path. Null for anything else. */
export interface PortalView extends ViewAddress {
  /** The same query as a page receives it. */
  query: SearchParams;
  /** The chart view it is, or null for a view without an embeddable chart. */
  embeddable: ViewMatch | null;
}

/**
 * Reads a link to the portal (as pasted into a chat or an oEmbed request):
 * it must be on `origin`, name a locale, and be a page rather than an
 * embed, API or static path. Anything else is null.
 */
export function parsePortalUrl(url: string, origin: string): PortalView | null {
  let parsed: URL;
  try {
    parsed = new URL(url, origin);
  } catch {
    return null;
  }
  if (parsed.origin !== new URL(origin).origin) return null;
  const split = splitLocale(parsed.pathname);
  if (!split || isEmbedPath(parsed.pathname)) return null;
  return { locale: split.locale, path: split.path, search: parsed.search, query: searchParamsOf(parsed), embeddable: matchEmbeddable(split.path) };
}
