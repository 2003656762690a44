import { routing, type Locale } from "@/i18n/routing";

/**
 * The views whose chart can be embedded in another site's page, by the path
 * of the full view (without its locale). The embed route of a view is the
 * same path and query under /<locale>/embed, so one link's state is the
 * other's: /es/explorer/country/chl?granularity=year is shown chart-only at
 * /es/embed/explorer/country/chl?granularity=year.
 */
export const EMBEDDABLE_VIEWS = {
  region: "/explorer",
  country: "/explorer/country/:iso3",
  marketplace: "/explorer/marketplace/:slug",
  compare: "/explorer/compare",
  corridor: "/explorer/corridor",
  determinants: "/explorer/determinants",
  economy: "/regulations/economy/:iso3",
} as const;

export type EmbeddableView = keyof typeof EMBEDDABLE_VIEWS;

export interface ViewMatch {
  view: EmbeddableView;
  params: Record<string, string>;
}

/** A path segment a view parameter may take: a country code or a marketplace slug. */
const PARAMETER = /^[a-z0-9][a-z0-9-]{0,99}$/i;

/** The embeddable view a locale-less path shows, with its parameters; null for every other path. */
export function matchEmbeddable(path: string): ViewMatch | null {
  const segments = path.split("/").filter(Boolean);
  for (const [view, pattern] of Object.entries(EMBEDDABLE_VIEWS) as Array<[EmbeddableView, string]>) {
    const parts = pattern.split("/").filter(Boolean);
    if (parts.length !== segments.length) continue;
    const params: Record<string, string> = {};
    const matches = parts.every((part, i) => {
      if (!part.startsWith(":")) return part === segments[i];
      params[part.slice(1)] = segments[i];
      return PARAMETER.test(segments[i]);
    });
    if (matches) return { view, params };
  }
  return null;
}

/** A pathname's locale and the path after it: "/es/explorer" → { locale: "es", path: "/explorer" }; null without a known locale. */
export function splitLocale(pathname: string): { locale: Locale; path: string } | null {
  const [, first = "", ...rest] = pathname.split("/");
  if (!(routing.locales as readonly string[]).includes(first)) return null;
  return { locale: first as Locale, path: `/${rest.join("/")}`.replace(/\/+$/, "") || "/" };
}

/** A view's address in parts: its locale, its path without the locale, and its query with its "?" (or ""). */
export interface ViewAddress {
  locale: Locale;
  path: string;
  search: string;
}

/** The chart-only embed route of a view: "/es/explorer?region=…" → "/es/embed/explorer?region=…". */
export function embedHref({ locale, path, search }: ViewAddress): string {
  return `/${locale}/embed${path === "/" ? "" : path}${search}`;
}

/** The full view an embed route shows the chart of: "/es/embed/explorer?…" → "/es/explorer?…". */
export function viewHref({ locale, path, search }: ViewAddress): string {
  return `/${locale}${path === "/" ? "" : path}${search}`;
}
