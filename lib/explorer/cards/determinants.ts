/** The determinants view's table (/explorer/determinants): one row per country, the scatter's figures. */
import "server-only";
import { defineCard, defineView, type CardColumn, type ViewRequest } from "@/lib/core/cards/types";
import { citationsText } from "@/lib/core/sources/citation";
import { COLUMNS, dataStatusOf } from "@/lib/core/columns";
import { localizedName } from "@/lib/core/i18n/localized";
import { formatRatio } from "@/lib/explorer/format";
import type { RegionCode } from "@/lib/core/regions";
import { getTrafficProvenance } from "@/lib/explorer/queries/provenance";
import { getDeterminants } from "@/lib/explorer/queries/determinants";
import { getIndicatorChoices, getIndicatorCitations, type IndicatorChoice } from "@/lib/explorer/queries/indicators";
import { getCompleteYears } from "@/lib/explorer/queries/region-overview";
import { measureIsShare, parseDeterminantsView, type TrafficMeasure } from "@/lib/explorer/view-state/determinants";

export async function resolveDeterminantsView({ search, locale }: ViewRequest) {
  const [years, indicators, provenance] = await Promise.all([getCompleteYears({}), getIndicatorChoices(), getTrafficProvenance({})]);
  const { spec, state } = parseDeterminantsView(search, years, indicators.map((i) => i.code));
  const indicator: IndicatorChoice | undefined = indicators.find((i) => i.code === state.indicator);
  return { years, indicators, indicator, spec, state, locale, ...provenance };
}
export type DeterminantsViewContext = Awaited<ReturnType<typeof resolveDeterminantsView>>;

export interface DeterminantsRow {
  year: number;
  iso3: string;
  /** In the view's language; the rows are in its alphabetical order. */
  country: string;
  region: RegionCode;
  /** The traffic measure and the indicator's value, with that value's year and source. */
  y: number;
  indicatorCode: string;
  x: number;
  xYear: number;
  source: string | null;
  correlation: number | null;
  n: number;
  demo: boolean;
}

/** The traffic measure's column: its name and unit say which measure the view chose. */
const MEASURE_COLUMNS: Record<TrafficMeasure, { name: string; unit: string; description: string }> = {
  "visits-per-internet-user": {
    name: "visits_per_internet_user",
    unit: "visits in the year per internet user",
    description: "Visits to the economy's marketplaces in the year / its internet users (population × share using the internet)",
  },
  "cross-border-share": { name: "cross_border_share", unit: "share 0-1", description: "Fraction of visits from abroad" },
  "other-region-share": { name: "other_region_share", unit: "share 0-1", description: "Fraction of visits from the other FEALAC region" },
};

function determinantsColumns(measure: TrafficMeasure, indicator: IndicatorChoice | undefined): Array<CardColumn<DeterminantsRow>> {
  const share = measureIsShare(measure);
  return [
    { ...COLUMNS.year, value: (r) => r.year },
    { ...COLUMNS.countryIso3, value: (r) => r.iso3 },
    { ...COLUMNS.country, value: (r) => r.country, label: "columnCountry", href: (r) => `/explorer/country/${r.iso3.toLowerCase()}`, rowHeader: true },
    { ...COLUMNS.region, value: (r) => r.region, label: "columnRegion", display: (r, { t }) => t(`regions.${r.region}`) },
    {
      ...MEASURE_COLUMNS[measure],
      type: "number",
      value: (r) => r.y,
      label: "columnMeasure",
      header: ({ t }) => t("yAxis", { measure: t(`measures.${measure}`), unit: t(`measureUnits.${measure}`) }),
      format: share ? "percent" : "number",
      display: share ? undefined : (r, { locale }) => formatRatio(r.y, locale),
    },
    { name: "indicator_code", type: "string", description: "Indicator code (World Bank WDI, ITU, UNCTAD …)", value: (r) => r.indicatorCode },
    {
      name: "indicator_value",
      type: "number",
      ...(indicator ? { unit: indicator.unitEn } : {}),
      description: "The indicator's latest value at or before the year",
      value: (r) => r.x,
      label: "columnIndicator",
      header: ({ t, locale }) =>
        indicator
          ? t("xAxis", { indicator: localizedName(indicator, locale), unit: localizedName({ nameEn: indicator.unitEn, nameEs: indicator.unitEs }, locale) })
          : "",
      format: "number",
      display: (r, { locale }) => new Intl.NumberFormat(locale, { maximumFractionDigits: Math.abs(r.x) >= 1000 ? 0 : 1 }).format(r.x),
    },
    { name: "indicator_year", type: "integer", description: "Year of the indicator value", value: (r) => r.xYear, label: "columnYear", format: "integer", display: (r) => String(r.xYear) },
    {
      name: "indicator_source",
      type: "string",
      description: "Where the indicator series is published: publisher, title (date) <URL>, separated by ' | '",
      value: (r) => r.source,
      label: "columnSource",
      display: (r) => (r.source ?? "").replace(/ <[^>]*>/g, ""),
    },
    { name: "pearson_r", type: "number", description: "Pearson correlation of the two values over all rows (repeated on each, so the file stands alone)", value: (r) => r.correlation },
    { name: "n_countries", type: "integer", description: "Economies the correlation rests on", value: (r) => r.n },
    { ...COLUMNS.dataStatus, value: (r) => dataStatusOf(r.demo) },
  ];
}

export const determinantsCards = {
  countries: defineCard({
    namespace: "determinants",
    async load(ctx: DeterminantsViewContext): Promise<DeterminantsRow[]> {
      const { indicator, state } = ctx;
      if (!indicator) return [];
      const [result, citations] = await Promise.all([getDeterminants(state.measure, indicator.code, state.year), getIndicatorCitations(indicator.code)]);
      const source = citations.length ? citationsText(citations) : null;
      const collator = new Intl.Collator(ctx.locale);
      return result.points
        .map((p) => ({
          year: state.year,
          iso3: p.iso3,
          country: localizedName(p, ctx.locale),
          region: p.region as RegionCode,
          y: p.y,
          indicatorCode: indicator.code,
          x: p.x,
          xYear: p.xYear,
          source,
          correlation: result.correlation,
          n: result.n,
          demo: ctx.demo,
        }))
        .sort((a, b) => collator.compare(a.country, b.country));
    },
    columns: determinantsColumns("visits-per-internet-user", undefined),
    columnsFor: (ctx) => determinantsColumns(ctx.state.measure, ctx.indicator),
    filename: (ctx) =>
      ctx.indicator
        ? `fealac-explorer-determinants-${ctx.state.measure}-${ctx.indicator.code}-${ctx.state.year}`
        : `fealac-explorer-determinants-${ctx.state.measure}-${ctx.state.year}`,
    rowKey: (row) => row.iso3,
  }),
};

export const determinantsView = defineView<DeterminantsViewContext>({
  path: ["explorer", "determinants"],
  resolve: resolveDeterminantsView,
  cards: determinantsCards,
  defaultCard: "countries",
});
