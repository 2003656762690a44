/** The country page's tables (/explorer/country/<iso3>): their loaders and columns, for the page and its CSV. */
import "server-only";
import { defineCard, defineView, type ViewRequest } from "@/lib/core/cards/types";
import { citationsText } from "@/lib/core/sources/citation";
import { COLUMNS, dataStatusOf } from "@/lib/core/columns";
import { localizedName } from "@/lib/core/i18n/localized";
import { getLatestIndicators, getMarketplaceRanking, getMemberCountry, getOriginShares, getVisitorProfile } from "@/lib/explorer/queries/country";
import { getTrafficProvenance } from "@/lib/explorer/queries/provenance";
import { getCompleteYears, getVisitSeries } from "@/lib/explorer/queries/region-overview";
import { characteristicFilter, parseCountryView } from "@/lib/explorer/view-state/country";
import { seriesColumns, seriesRows } from "./series-columns";
import { originColumns, originRows, profileColumns, profileRows } from "./visitor-columns";

/** The country page's context, or null when the code is not a FEALAC member. */
export async function resolveCountryView({ params, search, locale }: ViewRequest) {
  const country = await getMemberCountry(params.iso3.toUpperCase());
  if (!country) return null;
  const years = await getCompleteYears({ country: country.iso3 });
  const { spec, state } = parseCountryView(search, years);
  const scope = { country: country.iso3, characteristics: characteristicFilter(state) };
  return { country, years, spec, state, scope, locale, ...(await getTrafficProvenance({ country: country.iso3 })) };
}
export type CountryViewContext = NonNullable<Awaited<ReturnType<typeof resolveCountryView>>>;

const fileOf = (ctx: CountryViewContext, table: string, period: string | number) => `fealac-explorer-${ctx.country.iso3.toLowerCase()}-${table}-${period}`;

export const countryCards = {
  series: defineCard({
    namespace: "explorer",
    load: async (ctx: CountryViewContext) =>
      seriesRows(await getVisitSeries(ctx.scope, ctx.state.granularity), ctx.state.granularity, ctx.demo, ctx.country.iso3),
    columns: seriesColumns({ withCountry: true }),
    filename: (ctx) => fileOf(ctx, "series", ctx.state.granularity),
    rowKey: (row) => row.period,
  }),
  marketplaces: defineCard({
    namespace: "explorer",
    load: async (ctx: CountryViewContext) =>
      (await getMarketplaceRanking(ctx.scope, ctx.state.year)).map((r, i) => ({ ...r, rank: i + 1, year: ctx.state.year, demo: ctx.demo })),
    columns: [
      { ...COLUMNS.year, value: (r) => r.year },
      { ...COLUMNS.rank, value: (r) => r.rank, label: "columnRank", format: "integer" },
      { ...COLUMNS.marketplaceName, value: (r) => r.name, label: "columnMarketplace", note: (r) => r.domain, href: (r) => `/explorer/marketplace/${r.slug}`, rowHeader: true },
      { ...COLUMNS.domain, value: (r) => r.domain },
      { name: "category", type: "string", description: "Marketplace category code (GENERAL, FASHION, ELECTRONICS, …)", value: (r) => r.category },
      { ...COLUMNS.visits, value: (r) => r.visits, label: "columnVisits", format: "integer" },
      { ...COLUMNS.shareOfVisits, description: "Share of the visits of the marketplaces listed", value: (r) => r.share, label: "columnShare", format: "percent" },
      { ...COLUMNS.growthYoy, value: (r) => r.growth, label: "columnGrowth", format: "percent" },
      { ...COLUMNS.dataStatus, value: (r) => dataStatusOf(r.demo) },
    ],
    filename: (ctx) => fileOf(ctx, "marketplaces", ctx.state.year),
    rowKey: (row) => row.slug,
  }),
  origin: defineCard({
    namespace: "explorer",
    load: async (ctx: CountryViewContext) =>
      originRows(await getOriginShares(ctx.scope, ctx.state.year), { home: ctx.country.regionCode, locale: ctx.locale, year: ctx.state.year, demo: ctx.demo }),
    columns: originColumns,
    filename: (ctx) => fileOf(ctx, "origin", ctx.state.year),
    rowKey: (row) => row.origin,
  }),
  profile: defineCard({
    namespace: "explorer",
    async load(ctx: CountryViewContext) {
      const [gender, age] = await Promise.all([getVisitorProfile(ctx.scope, ctx.state.year, "gender"), getVisitorProfile(ctx.scope, ctx.state.year, "age")]);
      return profileRows({ gender, age }, { year: ctx.state.year, demo: ctx.demo });
    },
    columns: profileColumns,
    filename: (ctx) => fileOf(ctx, "profile", ctx.state.year),
    rowKey: (row) => `${row.breakdown}-${row.group}`,
  }),
  indicators: defineCard({
    namespace: "explorer",
    load: async (ctx: CountryViewContext) =>
      (await getLatestIndicators(ctx.country.iso3)).map((r) => ({
        ...r,
        countryIso3: ctx.country.iso3,
        name: localizedName(r, ctx.locale),
        unit: localizedName({ nameEn: r.unitEn, nameEs: r.unitEs }, ctx.locale),
      })),
    columns: [
      { ...COLUMNS.countryIso3, value: (r) => r.countryIso3 },
      { name: "indicator_code", type: "string", description: "Indicator code (World Bank WDI, ITU, UNCTAD …)", value: (r) => r.code },
      { name: "indicator", type: "string", description: "Indicator name (in the CSV's language)", value: (r) => r.name, label: "columnIndicator", note: (r) => r.unit, rowHeader: true },
      { name: "unit", type: "string", description: "Unit of the value (in the CSV's language)", value: (r) => r.unit },
      { name: "year", type: "integer", description: "Year of the value (the latest available)", value: (r) => r.year, label: "columnYear", format: "integer", display: (r) => String(r.year) },
      {
        name: "value",
        type: "number",
        description: "The indicator's value, in its unit",
        value: (r) => r.value,
        label: "columnValue",
        format: "number",
        display: (r, { locale }) => new Intl.NumberFormat(locale, { maximumFractionDigits: r.value >= 1000 ? 0 : 1 }).format(r.value),
      },
      {
        ...COLUMNS.sources,
        description: "Where the series is published: publisher, title (date) <URL>, separated by ' | '",
        value: (r) => citationsText(r.sources),
        label: "columnSource",
        display: (r) => r.sources.map((s) => [s.publisher, s.title].filter(Boolean).join(", ")).join("; "),
        href: (r) => r.sources[0]?.url ?? null,
      },
    ],
    filename: (ctx) => fileOf(ctx, "indicators", "latest"),
    rowKey: (row) => row.code,
  }),
};

export const countryView = defineView<CountryViewContext>({
  path: ["explorer", "country", ":iso3"],
  resolve: resolveCountryView,
  cards: countryCards,
});
