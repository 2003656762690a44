import { csvResponse, toCsv } from "@/lib/core/csv/to-csv";
import { getCorridor } from "@/lib/explorer/queries/corridor";
import { getTrafficIsDemo } from "@/lib/explorer/queries/demo";
import { getMemberCountries } from "@/lib/explorer/queries/members";
import { getCompleteYears } from "@/lib/explorer/queries/region-overview";
import { DIRECTION_REGIONS, corridorMatrix, matrixRows, parseCorridorView } from "@/lib/explorer/view-state/corridor";

export const dynamic = "force-dynamic";

/**
 * CSV of the corridor matrix the page shows, from the same URL state: one row
 * per non-empty cell, in the matrix's order, with the same whole-visit figures
 * (so the page's totals are sums of these rows).
 */
export async function GET(request: Request) {
  const searchParams = Object.fromEntries(new URL(request.url).searchParams);
  const { state } = parseCorridorView(searchParams, await getCompleteYears({}));
  const [cells, members, demo] = await Promise.all([
    getCorridor(state.direction, state.year),
    getMemberCountries(),
    getTrafficIsDemo({ region: DIRECTION_REGIONS[state.direction].destination }),
  ]);
  const names = new Map(members.map((c) => [c.iso3, c.nameEn]));
  const rows = matrixRows(corridorMatrix(cells)).map((r) => [
    state.year,
    state.direction,
    r.origin,
    names.get(r.origin) ?? r.origin,
    r.destination,
    names.get(r.destination) ?? r.destination,
    r.visits,
    demo,
  ]);
  const columns = [
    "year",
    "direction",
    "origin_iso3",
    "origin_country",
    "destination_iso3",
    "destination_country",
    "estimated_visits (visits in the year)",
    "demonstration_data",
  ];
  return csvResponse(toCsv({ columns, rows }), `fealac-explorer-corridor-${state.direction}-${state.year}.csv`);
}
