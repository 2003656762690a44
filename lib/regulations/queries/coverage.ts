import "server-only";
import { getDb } from "@/lib/core/db";
import type { RegionCode } from "@/lib/core/regions";
import { coverageRows, regulationCoverageSummary, type RegulationCoverageSummary } from "@/lib/regulations/coverage";

/**
 * How complete the regulation database is, per FEALAC member and pillar: of
 * the pillar's indicators, how many have a sourced entry (status not NO_DATA
 * and at least one source), and how many of those the secretariat has
 * verified. Every member × pillar cell is present, zero included.
 */
export interface RegulationCoverageCell {
  iso3: string;
  nameEn: string;
  nameEs: string;
  regionCode: RegionCode | null;
  pillarCode: string;
  /** The pillar's indicators. */
  indicators: number;
  /** Indicators with a sourced entry for this economy. */
  sourced: number;
  /** Of those, entries verified (verification = VERIFIED). */
  verified: number;
}

export async function getRegulationCoverage(): Promise<RegulationCoverageCell[]> {
  return getDb().$queryRaw<RegulationCoverageCell[]>`
    WITH sourced AS (
      SELECT e.country_iso3, i.pillar_id, e.verification
      FROM regulation_entry e
      JOIN regulation_indicator i ON i.id = e.indicator_id
      WHERE e.status <> 'NO_DATA'
        AND EXISTS (SELECT 1 FROM regulation_entry_source l WHERE l.entry_id = e.id)
    )
    SELECT c.iso3, c.name_en AS "nameEn", c.name_es AS "nameEs", c.region_code AS "regionCode", p.code AS "pillarCode",
           (SELECT count(*) FROM regulation_indicator i WHERE i.pillar_id = p.id)::int AS indicators,
           count(s.pillar_id)::int AS sourced,
           count(s.pillar_id) FILTER (WHERE s.verification = 'VERIFIED')::int AS verified
    FROM country c
    LEFT JOIN region r ON r.code = c.region_code
    CROSS JOIN regulation_pillar p
    LEFT JOIN sourced s ON s.country_iso3 = c.iso3 AND s.pillar_id = p.id
    WHERE c.is_fealac_member
    GROUP BY c.iso3, c.name_en, c.name_es, c.region_code, r.sort_order, p.id, p.code, p.number
    ORDER BY r.sort_order NULLS LAST, c.name_en, p.number`;
}

/** The overview's one-sentence summary of the same figures. */
export async function getRegulationCoverageSummary(): Promise<RegulationCoverageSummary> {
  return regulationCoverageSummary(coverageRows(await getRegulationCoverage()));
}
