import "server-only";
import { getDb } from "@/lib/core/db";

/**
 * Distance between two economies = mean absolute difference of their scores
 * over the indicators both have scored (the SQL view regulation_scored_entry:
 * status not NO_DATA, score set), with the overlap (how many such indicators)
 * beside it. Computed by a self-join of the scored entries in SQL. Pairs
 * with no shared scored indicator are absent. Whether a distance rests on
 * enough overlap to be shown is the page's call (MIN_OVERLAP in
 * lib/regulations/method.ts).
 */
export interface PairDistance {
  /** The alphabetically first ISO3 of the pair. */
  a: string;
  b: string;
  distance: number;
  overlap: number;
}

export async function getPairDistances(): Promise<PairDistance[]> {
  return getDb().$queryRaw<PairDistance[]>`
    WITH scored AS (
      SELECT e.country_iso3 AS iso3, e.indicator_id, e.score
      FROM regulation_scored_entry e
      JOIN country c ON c.iso3 = e.country_iso3
      WHERE c.is_fealac_member
    )
    SELECT x.iso3::text AS a, y.iso3::text AS b,
           avg(abs(x.score - y.score))::float8 AS distance, count(*)::int AS overlap
    FROM scored x
    JOIN scored y ON y.indicator_id = x.indicator_id AND x.iso3 < y.iso3
    GROUP BY x.iso3, y.iso3
    ORDER BY x.iso3, y.iso3`;
}

/** Looks a pair up in either order. */
export function pairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}
