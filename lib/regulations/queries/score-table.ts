import "server-only";
import { getDb } from "@/lib/core/db";
import type { ScoreTable } from "@/lib/regulations/simulation/model";

/**
 * Every FEALAC member's scored entries (the SQL view regulation_scored_entry)
 * with the indicators' weights, as the in-memory table the what-if simulator
 * and the paths to similarity compute on. Two small reads: 64 indicators and
 * at most 36 × 64 scores.
 */
export async function getScoreTable(): Promise<ScoreTable> {
  const db = getDb();
  const [indicators, economies, scored] = await Promise.all([
    db.$queryRaw<Array<{ code: string; pillarCode: string; weight: number }>>`
      SELECT i.code, p.code AS "pillarCode", i.weight::float8 AS weight
      FROM regulation_indicator i JOIN regulation_pillar p ON p.id = i.pillar_id
      ORDER BY p.number, i.position`,
    db.$queryRaw<Array<{ iso3: string; regionCode: string | null }>>`
      SELECT c.iso3, c.region_code AS "regionCode"
      FROM country c LEFT JOIN region r ON r.code = c.region_code
      WHERE c.is_fealac_member
      ORDER BY r.sort_order NULLS LAST, c.name_en`,
    db.$queryRaw<Array<{ iso3: string; code: string; score: number }>>`
      SELECT e.country_iso3 AS iso3, i.code, e.score::float8 AS score
      FROM regulation_scored_entry e
      JOIN regulation_indicator i ON i.id = e.indicator_id
      JOIN country c ON c.iso3 = e.country_iso3
      WHERE c.is_fealac_member`,
  ]);
  const scores = new Map<string, Map<string, number>>();
  for (const { iso3, code, score } of scored) {
    const own = scores.get(iso3) ?? new Map<string, number>();
    own.set(code, score);
    scores.set(iso3, own);
  }
  return { indicators, economies, scores };
}
