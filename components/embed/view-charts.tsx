import "server-only";
import { getTranslations } from "next-intl/server";
import { compareChart } from "@/components/explorer/compare-series";
import { seriesChart } from "@/components/explorer/series-view";
import { corridorTopChart, determinantsChart, marketplaceChart } from "@/components/explorer/view-charts";
import { economyPillarChart } from "@/components/regulations/economy-chart";
import type { Locale } from "@/i18n/routing";
import type { ViewChart } from "@/lib/core/charts/view-chart";
import { memberName } from "@/lib/core/i18n/country-names";
import type { EmbeddableView, ViewMatch } from "@/lib/core/share/views";
import type { SearchParams } from "@/lib/core/url-state";
import { compareCards } from "@/lib/explorer/cards/compare";
import { corridorCards } from "@/lib/explorer/cards/corridor";
import { countryCards } from "@/lib/explorer/cards/country";
import { determinantsCards } from "@/lib/explorer/cards/determinants";
import { marketplaceCards } from "@/lib/explorer/cards/marketplace";
import { regionCards } from "@/lib/explorer/cards/region";
import { economyCards } from "@/lib/regulations/cards/economy";
import {
  resolveCorridorView,
  resolveCountryView,
  resolveDeterminantsView,
  resolveEconomyView,
  resolveExplorerCompareView,
  resolveMarketplaceView,
  resolveRegionView,
} from "@/lib/public-data";

type Loader = (params: Record<string, string>, search: SearchParams, locale: Locale) => Promise<ViewChart | null>;

/**
 * The chart of each embeddable view (lib/core/share/views.ts), from the
 * view's own context and cards and built by the same function the full view
 * uses: the embed route, the oEmbed answer and the link preview image read
 * it here. Null where the view's choices leave no chart to draw.
 */
const LOADERS: Record<EmbeddableView, Loader> = {
  async region(_, search, locale) {
    const [ctx, t] = await Promise.all([resolveRegionView(search, locale), getTranslations({ locale, namespace: "explorer" })]);
    const scope = t(`regions.${ctx.state.region}`);
    const rows = await regionCards.series.load(ctx);
    return seriesChart({ locale, rows, granularity: ctx.state.granularity, chartLabel: t("visitsChartLabel", { scope }), scope, sources: ctx.sources });
  },
  async country(params, search, locale) {
    const ctx = await resolveCountryView({ params, search, locale });
    if (!ctx) return null;
    const t = await getTranslations({ locale, namespace: "explorer" });
    const scope = memberName(ctx.country, locale);
    const rows = await countryCards.series.load(ctx);
    return seriesChart({ locale, rows, granularity: ctx.state.granularity, chartLabel: t("visitsChartLabel", { scope }), scope, sources: ctx.sources });
  },
  async marketplace(params, search, locale) {
    const ctx = await resolveMarketplaceView({ params, search, locale });
    return ctx ? marketplaceChart(ctx, await marketplaceCards.monthly.load(ctx)) : null;
  },
  async compare(_, search, locale) {
    const ctx = await resolveExplorerCompareView({ params: {}, search, locale });
    return ctx.chosen.length === 0 ? null : compareChart(ctx, await compareCards.series.load(ctx));
  },
  async corridor(_, search, locale) {
    const ctx = await resolveCorridorView({ params: {}, search, locale });
    return corridorTopChart(ctx, await corridorCards.top.load(ctx));
  },
  async determinants(_, search, locale) {
    const ctx = await resolveDeterminantsView({ params: {}, search, locale });
    return determinantsChart(ctx, await determinantsCards.countries.load(ctx));
  },
  async economy(params, _, locale) {
    const ctx = await resolveEconomyView({ params, locale });
    return ctx ? economyPillarChart(ctx, await economyCards.scores.load(ctx)) : null;
  },
};

/** The chart an embeddable view shows for these choices, or null. */
export function loadViewChart({ view, params }: ViewMatch, search: SearchParams, locale: Locale): Promise<ViewChart | null> {
  return LOADERS[view](params, search, locale);
}
