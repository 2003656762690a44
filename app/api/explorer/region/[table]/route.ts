import { csvResponse, toCsv, type CsvTable } from "@/lib/core/csv/to-csv";
import { getTrafficIsDemo } from "@/lib/explorer/queries/demo";
import {
  getCompleteYears,
  getCountryRanking,
  getOriginComposition,
  getTopMarketplaces,
  getVisitSeries,
} from "@/lib/explorer/queries/region-overview";
import { parseRegionView } from "@/lib/explorer/view-state/region";

export const dynamic = "force-dynamic";

const TABLES = ["series", "origin", "top", "ranking"] as const;
type Table = (typeof TABLES)[number];

/** CSV of exactly what a region-overview card shows, from the same URL state. */
export async function GET(request: Request, { params }: { params: Promise<{ table: string }> }) {
  const { table } = await params;
  if (!TABLES.includes(table as Table)) {
    return Response.json({ error: { parameter: "table", message: `table must be one of ${TABLES.join(", ")}` } }, { status: 404 });
  }
  const searchParams = Object.fromEntries(new URL(request.url).searchParams);
  const { state, scope } = parseRegionView(searchParams, await getCompleteYears({}));
  const demo = await getTrafficIsDemo(scope);
  const csv = await buildTable(table as Table, scope, state.granularity, state.year, demo);
  const period = table === "series" ? state.granularity : String(state.year);
  return csvResponse(toCsv(csv), `fealac-explorer-${state.region}-${table}-${period}.csv`);
}

async function buildTable(
  table: Table,
  scope: Parameters<typeof getVisitSeries>[0],
  granularity: Parameters<typeof getVisitSeries>[1],
  year: number,
  demo: boolean,
): Promise<CsvTable> {
  switch (table) {
    case "series": {
      const rows = await getVisitSeries(scope, granularity);
      return {
        columns: ["period_start", "granularity", "visits", "months_with_data", "demonstration_data"],
        rows: rows.map((r) => [r.period, granularity, r.visits, r.months, demo]),
      };
    }
    case "origin": {
      const o = await getOriginComposition(scope, year);
      const parts = ["domestic", "sameRegion", "otherRegion", "restOfWorld"] as const;
      const names = { domestic: "domestic", sameRegion: "same_region", otherRegion: "other_fealac_region", restOfWorld: "rest_of_world" };
      return {
        columns: ["year", "origin_group", "share_of_visits", "demonstration_data"],
        rows: parts.map((p) => [year, names[p], o[p], demo]),
      };
    }
    case "top": {
      const rows = await getTopMarketplaces(scope, year, 10);
      return {
        columns: ["year", "rank", "marketplace", "domain", "country_iso3", "visits", "share_of_visits", "demonstration_data"],
        rows: rows.map((r, i) => [year, i + 1, r.name, r.domain, r.countryIso3, r.visits, r.share, demo]),
      };
    }
    case "ranking": {
      const rows = await getCountryRanking(scope, year);
      return {
        columns: ["year", "country_iso3", "country", "marketplaces", "visits", "previous_year_visits", "growth_yoy", "top3_share", "hhi", "demonstration_data"],
        rows: rows.map((r) => [year, r.iso3, r.nameEn, r.marketplaces, r.visits, r.previousVisits, r.growth, r.top3Share, r.hhi, demo]),
      };
    }
  }
}
