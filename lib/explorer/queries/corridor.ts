import "server-only";
import { getDb } from "@/lib/core/db";
import { DIRECTION_REGIONS } from "@/lib/explorer/view-state/corridor";
import { annualVisitsCte } from "./scope";

export type Direction = "east-asia-to-latin-america" | "latin-america-to-east-asia";

export interface CorridorCell {
  origin: string;
  destination: string;
  visits: number;
}

/**
 * Visits from each country of one FEALAC region to the marketplaces of each
 * country of the other, in a year: a marketplace's annual visits times the
 * share of its visitors from the origin country, summed by destination.
 */
export async function getCorridor(direction: Direction, year: number): Promise<CorridorCell[]> {
  const { origin: from, destination: to } = DIRECTION_REGIONS[direction];
  return getDb().$queryRaw<CorridorCell[]>`
    WITH ${annualVisitsCte({ region: to }, year)}
    SELECT o.origin, v.country_iso3 AS destination, sum(v.visits * o.share::float8)::float8 AS visits
    FROM visits v
    JOIN origin_share o ON o.marketplace_id = v.id AND o.year = ${year}
    JOIN country oc ON oc.iso3 = o.origin AND oc.is_fealac_member AND oc.region_code = ${from}
    GROUP BY o.origin, v.country_iso3
    ORDER BY o.origin, v.country_iso3`;
}
