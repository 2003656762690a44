/** The region overview's tables (/explorer): their loaders and columns, for the page and its CSV. */
import "server-only";
import { defineCard, defineView, type Locale } from "@/lib/core/cards/types";
import { COLUMNS, dataStatusOf } from "@/lib/core/columns";
import { localizedName } from "@/lib/core/i18n/localized";
import { getTrafficProvenance } from "@/lib/explorer/queries/provenance";
import {
  getCompleteYears,
  getCountryRanking,
  getOriginComposition,
  getTopMarketplaces,
  getVisitSeries,
} from "@/lib/explorer/queries/region-overview";
import { parseRegionView } from "@/lib/explorer/view-state/region";
import { seriesColumns, seriesRows } from "./series-columns";

export async function resolveRegionView(search: Parameters<typeof parseRegionView>[0], locale: Locale) {
  const { spec, state, scope } = parseRegionView(search, await getCompleteYears({}));
  return { spec, state, scope, locale, ...(await getTrafficProvenance(scope)) };
}
export type RegionViewContext = Awaited<ReturnType<typeof resolveRegionView>>;

const ORIGIN_GROUPS = [
  { key: "domestic", csv: "domestic" },
  { key: "sameRegion", csv: "same_region" },
  { key: "otherRegion", csv: "other_fealac_region" },
  { key: "restOfWorld", csv: "rest_of_world" },
] as const;

/** One origin group's share; every row also carries the year's totals, for the chart's notes. */
export interface OriginGroupRow {
  key: (typeof ORIGIN_GROUPS)[number]["key"];
  csv: (typeof ORIGIN_GROUPS)[number]["csv"];
  share: number;
  year: number;
  demo: boolean;
  totalVisits: number;
  /** Visits whose marketplace-year has no origin breakdown (excluded from the shares). */
  uncoveredVisits: number;
}

export const regionCards = {
  series: defineCard({
    namespace: "explorer",
    load: async (ctx: RegionViewContext) => seriesRows(await getVisitSeries(ctx.scope, ctx.state.granularity), ctx.state.granularity, ctx.demo),
    columns: seriesColumns(),
    filename: (ctx) => `fealac-explorer-${ctx.state.region}-series-${ctx.state.granularity}`,
    rowKey: (row) => row.period,
  }),
  origin: defineCard({
    namespace: "explorer",
    async load(ctx: RegionViewContext) {
      const origin = await getOriginComposition(ctx.scope, ctx.state.year);
      return ORIGIN_GROUPS.map((g): OriginGroupRow => ({
        ...g,
        share: origin[g.key],
        year: ctx.state.year,
        demo: ctx.demo,
        totalVisits: origin.visits,
        uncoveredVisits: origin.uncoveredVisits,
      }));
    },
    columns: [
      { ...COLUMNS.year, value: (r) => r.year },
      {
        name: "origin_group",
        type: "string",
        description: "domestic, same_region (rest of the marketplace's region), other_fealac_region, rest_of_world",
        value: (r) => r.csv,
        label: "columnOrigin",
        display: (r, { t }) => t(`origins.${r.key}`),
        swatch: (r) => r.key,
        rowHeader: true,
      },
      { ...COLUMNS.shareOfVisits, value: (r) => r.share, label: "columnShare", format: "percent" },
      { ...COLUMNS.dataStatus, value: (r) => dataStatusOf(r.demo) },
    ],
    filename: (ctx) => `fealac-explorer-${ctx.state.region}-origin-${ctx.state.year}`,
    rowKey: (row) => row.key,
  }),
  top: defineCard({
    namespace: "explorer",
    load: (ctx: RegionViewContext) =>
      getTopMarketplaces(ctx.scope, ctx.state.year, 10).then((rows) => rows.map((r, i) => ({ ...r, rank: i + 1, year: ctx.state.year, demo: ctx.demo }))),
    columns: [
      { ...COLUMNS.year, value: (r) => r.year },
      { ...COLUMNS.rank, value: (r) => r.rank, label: "columnRank", format: "integer" },
      { ...COLUMNS.marketplaceName, value: (r) => r.name, label: "columnMarketplace", note: (r) => r.domain, href: (r) => `/explorer/marketplace/${r.slug}`, rowHeader: true },
      { ...COLUMNS.domain, value: (r) => r.domain },
      { ...COLUMNS.countryIso3, value: (r) => r.countryIso3, label: "columnCountry" },
      { ...COLUMNS.visits, value: (r) => r.visits, label: "columnVisits", format: "integer" },
      { ...COLUMNS.shareOfVisits, value: (r) => r.share, label: "columnShare", format: "percent" },
      { ...COLUMNS.dataStatus, value: (r) => dataStatusOf(r.demo) },
    ],
    filename: (ctx) => `fealac-explorer-${ctx.state.region}-top-${ctx.state.year}`,
    rowKey: (row) => row.slug,
  }),
  ranking: defineCard({
    namespace: "explorer",
    load: (ctx: RegionViewContext) =>
      getCountryRanking(ctx.scope, ctx.state.year).then((rows) => rows.map((r) => ({ ...r, name: localizedName(r, ctx.locale), year: ctx.state.year, demo: ctx.demo }))),
    columns: [
      { ...COLUMNS.year, value: (r) => r.year },
      { ...COLUMNS.countryIso3, value: (r) => r.iso3 },
      { ...COLUMNS.country, value: (r) => r.name, label: "columnCountry", href: (r) => `/explorer/country/${r.iso3.toLowerCase()}`, rowHeader: true },
      { name: "marketplaces", type: "integer", description: "Marketplaces of the country with visits in the year", value: (r) => r.marketplaces, label: "columnMarketplaces", format: "integer" },
      { ...COLUMNS.visits, value: (r) => r.visits, label: "columnVisits", format: "integer" },
      { name: "previous_year_visits", type: "integer", description: "Visits in the year before", value: (r) => r.previousVisits },
      { ...COLUMNS.growthYoy, value: (r) => r.growth, label: "columnGrowth", format: "percent" },
      { name: "top3_share", type: "number", unit: "share 0-1", description: "Share of the country's visits going to its three largest marketplaces", value: (r) => r.top3Share, label: "columnTop3", format: "percent" },
      { name: "hhi", type: "number", unit: "0-10000", description: "Herfindahl–Hirschman index of the marketplaces' shares of visits (0–10,000)", value: (r) => r.hhi, label: "columnHhi", format: "integer" },
      { ...COLUMNS.dataStatus, value: (r) => dataStatusOf(r.demo) },
    ],
    filename: (ctx) => `fealac-explorer-${ctx.state.region}-ranking-${ctx.state.year}`,
    rowKey: (row) => row.iso3,
  }),
};

export const regionView = defineView<RegionViewContext>({
  path: ["explorer", "region"],
  resolve: ({ search, locale }) => resolveRegionView(search, locale),
  cards: regionCards,
});
