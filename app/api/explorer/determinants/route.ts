import { csvResponse, toCsv } from "@/lib/core/csv/to-csv";
import { getTrafficIsDemo } from "@/lib/explorer/queries/demo";
import { getDeterminants } from "@/lib/explorer/queries/determinants";
import { getIndicatorChoices, getIndicatorSources, indicatorSourceKey } from "@/lib/explorer/queries/indicators";
import { getCompleteYears } from "@/lib/explorer/queries/region-overview";
import { parseDeterminantsView, type TrafficMeasure } from "@/lib/explorer/view-state/determinants";

export const dynamic = "force-dynamic";

/** Header of the traffic-measure column, with its unit (shares are fractions, 0–1, not percentages). */
const MEASURE_COLUMNS: Record<TrafficMeasure, string> = {
  "visits-per-internet-user": "visits_per_internet_user (visits in the year per internet user)",
  "cross-border-share": "cross_border_share (fraction of visits from abroad; 0-1)",
  "other-region-share": "other_region_share (fraction of visits from the other FEALAC region; 0-1)",
};

/**
 * CSV of the countries the determinants view shows, from the same URL state:
 * the traffic measure, the indicator value with its year and source, and the
 * correlation over all rows (repeated on each, so that the file stands alone).
 */
export async function GET(request: Request) {
  const searchParams = Object.fromEntries(new URL(request.url).searchParams);
  const [years, indicators, demo] = await Promise.all([getCompleteYears({}), getIndicatorChoices(), getTrafficIsDemo({})]);
  const { state } = parseDeterminantsView(searchParams, years, indicators.map((i) => i.code));
  const indicator = indicators.find((i) => i.code === state.indicator);
  const columns = [
    "year",
    "country_iso3",
    "country",
    "region",
    MEASURE_COLUMNS[state.measure],
    "indicator_code",
    `indicator_value (${indicator?.unitEn ?? "unit"})`,
    "indicator_year",
    "indicator_source",
    "pearson_r",
    "n_countries",
    "demonstration_data",
  ];
  if (!indicator) return csvResponse(toCsv({ columns, rows: [] }), `fealac-explorer-determinants-${state.measure}-${state.year}.csv`);

  const [result, sources] = await Promise.all([
    getDeterminants(state.measure, indicator.code, state.year),
    getIndicatorSources(indicator.code, state.year),
  ]);
  const rows = [...result.points]
    .sort((a, b) => a.nameEn.localeCompare(b.nameEn, "en"))
    .map((p) => [
      state.year,
      p.iso3,
      p.nameEn,
      p.region,
      p.y,
      indicator.code,
      p.x,
      p.xYear,
      sources.get(indicatorSourceKey(p.iso3, p.xYear)) ?? null,
      result.correlation,
      result.n,
      demo,
    ]);
  return csvResponse(toCsv({ columns, rows }), `fealac-explorer-determinants-${state.measure}-${indicator.code}-${state.year}.csv`);
}
