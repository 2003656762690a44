import "server-only";
import { cache } from "react";
import { getDb } from "@/lib/core/db";
import type { RegionCode } from "@/lib/core/regions";

export interface PillarRow {
  code: string;
  number: number;
  framework: string;
  nameEn: string;
  nameEs: string;
  indicators: number;
  /** Entries with data (status not NO_DATA) in this pillar, over all covered economies. */
  withData: number;
  /** Economies with at least one entry with data in this pillar. */
  economiesWithData: number;
}

/**
 * The pillars in order, with their indicator counts and how much of each has data.
 * Memoized per request (React cache): a page, its metadata and its loader share one query.
 */
export const getPillars = cache(async (): Promise<PillarRow[]> => {
  return getDb().$queryRaw<PillarRow[]>`
    SELECT p.code, p.number::int AS number, p.framework::text AS framework, p.name_en AS "nameEn", p.name_es AS "nameEs",
           (SELECT count(*) FROM regulation_indicator i WHERE i.pillar_id = p.id)::int AS indicators,
           (SELECT count(*) FROM regulation_entry e JOIN regulation_indicator i ON i.id = e.indicator_id
              JOIN country c ON c.iso3 = e.country_iso3
            WHERE i.pillar_id = p.id AND e.status <> 'NO_DATA' AND c.is_fealac_member)::int AS "withData",
           (SELECT count(DISTINCT e.country_iso3) FROM regulation_entry e JOIN regulation_indicator i ON i.id = e.indicator_id
              JOIN country c ON c.iso3 = e.country_iso3
            WHERE i.pillar_id = p.id AND e.status <> 'NO_DATA' AND c.is_fealac_member)::int AS "economiesWithData"
    FROM regulation_pillar p
    ORDER BY p.number`;
});

export interface EconomyRow {
  iso3: string;
  regionCode: RegionCode | null;
  nameEn: string;
  nameEs: string;
}

/** The economies the database covers: FEALAC members, East Asia first, by English name (memoized per request). */
export const getEconomies = cache(async (): Promise<EconomyRow[]> => {
  return getDb().$queryRaw<EconomyRow[]>`
    SELECT c.iso3, c.region_code AS "regionCode", c.name_en AS "nameEn", c.name_es AS "nameEs"
    FROM country c LEFT JOIN region r ON r.code = c.region_code
    WHERE c.is_fealac_member
    ORDER BY r.sort_order NULLS LAST, c.name_en`;
});

export interface CoverageSummary {
  economies: number;
  indicators: number;
  /** economies × indicators */
  cells: number;
  withData: number;
  economiesWithData: number;
  lastVerified: Date | null;
}

/** How much of the economy × indicator grid has data. */
export async function getCoverage(): Promise<CoverageSummary> {
  const [row] = await getDb().$queryRaw<CoverageSummary[]>`
    SELECT (SELECT count(*) FROM country WHERE is_fealac_member)::int AS economies,
           (SELECT count(*) FROM regulation_indicator)::int AS indicators,
           ((SELECT count(*) FROM country WHERE is_fealac_member) * (SELECT count(*) FROM regulation_indicator))::int AS cells,
           count(*) FILTER (WHERE e.status <> 'NO_DATA')::int AS "withData",
           count(DISTINCT e.country_iso3) FILTER (WHERE e.status <> 'NO_DATA')::int AS "economiesWithData",
           max(e.verified_on) AS "lastVerified"
    FROM regulation_entry e JOIN country c ON c.iso3 = e.country_iso3 AND c.is_fealac_member`;
  return row;
}
