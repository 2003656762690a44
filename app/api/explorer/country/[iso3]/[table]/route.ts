import { csvResponse, toCsv, type CsvTable } from "@/lib/core/csv/to-csv";
import {
  getLatestIndicators,
  getMarketplaceRanking,
  getMemberCountry,
  getOriginShares,
  getVisitorProfile,
} from "@/lib/explorer/queries/country";
import { getTrafficIsDemo } from "@/lib/explorer/queries/demo";
import { getCompleteYears, getVisitSeries } from "@/lib/explorer/queries/region-overview";
import type { Scope } from "@/lib/explorer/queries/scope";
import { characteristicFilter, parseCountryView, type CountryView } from "@/lib/explorer/view-state/country";

export const dynamic = "force-dynamic";

const TABLES = ["series", "marketplaces", "origin", "profile", "indicators"] as const;
type Table = (typeof TABLES)[number];

/** CSV of exactly what a country-page card shows, from the same URL state. */
export async function GET(request: Request, { params }: { params: Promise<{ iso3: string; table: string }> }) {
  const { iso3, table } = await params;
  if (!TABLES.includes(table as Table)) {
    return Response.json({ error: { parameter: "table", message: `table must be one of ${TABLES.join(", ")}` } }, { status: 404 });
  }
  const country = await getMemberCountry(iso3.toUpperCase());
  if (!country) {
    return Response.json({ error: { parameter: "iso3", message: `${iso3} is not a FEALAC member` } }, { status: 404 });
  }
  const searchParams = Object.fromEntries(new URL(request.url).searchParams);
  const { state } = parseCountryView(searchParams, await getCompleteYears({ country: country.iso3 }));
  const scope = { country: country.iso3, characteristics: characteristicFilter(state) };
  const demo = await getTrafficIsDemo({ country: country.iso3 });
  const csv = await buildTable(table as Table, scope, state, demo);
  const period = table === "series" ? state.granularity : table === "indicators" ? "latest" : String(state.year);
  return csvResponse(toCsv(csv), `fealac-explorer-${country.iso3.toLowerCase()}-${table}-${period}.csv`);
}

async function buildTable(table: Table, scope: Scope & { country: string }, state: CountryView, demo: boolean): Promise<CsvTable> {
  const { year } = state;
  switch (table) {
    case "series": {
      const rows = await getVisitSeries(scope, state.granularity);
      return {
        columns: ["country_iso3", "period_start", "granularity", "visits", "months_with_data", "demonstration_data"],
        rows: rows.map((r) => [scope.country, r.period, state.granularity, r.visits, r.months, demo]),
      };
    }
    case "marketplaces": {
      const rows = await getMarketplaceRanking(scope, year);
      return {
        columns: ["year", "rank", "marketplace", "domain", "category", "visits", "share_of_visits", "growth_yoy", "demonstration_data"],
        rows: rows.map((r, i) => [year, i + 1, r.name, r.domain, r.category, r.visits, r.share, r.growth, demo]),
      };
    }
    case "origin": {
      const rows = await getOriginShares(scope, year);
      return {
        columns: ["year", "origin_iso3", "origin_fealac_region", "share_of_visits", "demonstration_data"],
        rows: rows.map((r) => [year, r.origin, r.region, r.share, demo]),
      };
    }
    case "profile": {
      const [gender, age] = await Promise.all([getVisitorProfile(scope, year, "gender"), getVisitorProfile(scope, year, "age")]);
      return {
        columns: ["year", "breakdown", "group", "share_of_visits", "demonstration_data"],
        rows: [...gender.map((r) => [year, "gender", r.group, r.share, demo]), ...age.map((r) => [year, "age", r.group, r.share, demo])],
      };
    }
    case "indicators": {
      const rows = await getLatestIndicators(scope.country);
      return {
        columns: ["country_iso3", "indicator_code", "indicator", "unit", "year", "value", "source"],
        rows: rows.map((r) => [scope.country, r.code, r.nameEn, r.unitEn, r.year, r.value, r.source]),
      };
    }
  }
}
