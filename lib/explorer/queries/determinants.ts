import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { getDb } from "@/lib/core/db";
import { annualVisitsCte } from "./scope";

export const TRAFFIC_MEASURES = ["visits-per-internet-user", "cross-border-share", "other-region-share"] as const;
export type TrafficMeasure = (typeof TRAFFIC_MEASURES)[number];

export interface DeterminantPoint {
  iso3: string;
  nameEn: string;
  nameEs: string;
  region: string;
  /** The traffic measure in the chosen year. */
  y: number;
  /** The indicator's latest value at or before the chosen year, and that value's year. */
  x: number;
  xYear: number;
}

export interface Determinants {
  points: DeterminantPoint[];
  /** Pearson correlation over the points (null with fewer than 3). */
  correlation: number | null;
  n: number;
}

/**
 * Country-level traffic measure against a national indicator. Visits per
 * internet user uses population × internet use (%) of the latest year at or
 * before the chosen one; shares come from the annual origin breakdowns.
 */
export async function getDeterminants(measure: TrafficMeasure, indicator: string, year: number): Promise<Determinants> {
  const measureSql: Record<TrafficMeasure, Prisma.Sql> = {
    "visits-per-internet-user": Prisma.sql`cv.visits / nullif(pop.value * net.value / 100, 0)`,
    "cross-border-share": Prisma.sql`1 - cv.domestic / nullif(cv.covered, 0)`,
    "other-region-share": Prisma.sql`cv.other_region / nullif(cv.covered, 0)`,
  };
  const rows = await getDb().$queryRaw<Array<DeterminantPoint & { correlation: number | null; n: number }>>`
    WITH ${annualVisitsCte({}, year)}, split AS (
      SELECT v.id, v.country_iso3, v.visits,
             sum(v.visits * o.share::float8) FILTER (WHERE o.origin = v.country_iso3) AS domestic,
             sum(v.visits * o.share::float8) FILTER (WHERE oc.is_fealac_member AND oc.region_code <> v.region_code) AS other_region,
             CASE WHEN count(o.origin) > 0 THEN v.visits ELSE 0 END AS covered
      FROM visits v
      LEFT JOIN origin_share o ON o.marketplace_id = v.id AND o.year = ${year}
      LEFT JOIN country oc ON oc.iso3 = o.origin
      GROUP BY v.id, v.country_iso3, v.visits
    ), cv AS (
      SELECT country_iso3 AS iso3, sum(visits) AS visits, coalesce(sum(domestic), 0) AS domestic,
             coalesce(sum(other_region), 0) AS other_region, sum(covered) AS covered
      FROM split GROUP BY country_iso3
    ), xv AS (
      SELECT DISTINCT ON (country_iso3) country_iso3, value, year
      FROM indicator_value WHERE indicator_code = ${indicator} AND year <= ${year}
      ORDER BY country_iso3, year DESC
    ), latest AS (
      SELECT DISTINCT ON (country_iso3, indicator_code) country_iso3, indicator_code, value
      FROM indicator_value WHERE indicator_code IN ('SP.POP.TOTL', 'IT.NET.USER.ZS') AND year <= ${year}
      ORDER BY country_iso3, indicator_code, year DESC
    )
    SELECT q.*, corr(q.y, q.x) OVER ()::float8 AS correlation, (count(*) OVER ())::int AS n
    FROM (
      SELECT c.iso3, c.name_en AS "nameEn", c.name_es AS "nameEs", c.region_code AS region,
             (${measureSql[measure]})::float8 AS y, xv.value AS x, xv.year::int AS "xYear"
      FROM cv
      JOIN country c ON c.iso3 = cv.iso3
      JOIN xv ON xv.country_iso3 = cv.iso3
      LEFT JOIN latest pop ON pop.country_iso3 = cv.iso3 AND pop.indicator_code = 'SP.POP.TOTL'
      LEFT JOIN latest net ON net.country_iso3 = cv.iso3 AND net.indicator_code = 'IT.NET.USER.ZS'
    ) q
    WHERE q.y IS NOT NULL
    ORDER BY q.iso3`;
  const n = rows[0]?.n ?? 0;
  return {
    points: rows.map(({ correlation: _c, n: _n, ...point }) => point),
    correlation: n >= 3 ? rows[0].correlation : null,
    n,
  };
}
