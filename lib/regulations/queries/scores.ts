import "server-only";
import { getDb } from "@/lib/core/db";
import { Prisma } from "@/lib/generated/prisma/client";

/**
 * Pillar and overall scores, computed in SQL from the entries on every
 * request — never stored or typed in. Method (also stated on the pages,
 * lib/regulations/method.ts):
 *   - an entry is scored when its status is not NO_DATA and its score is set;
 *   - pillar score = Σ wᵢ·sᵢ / Σ wᵢ over the economy's scored entries of the
 *     pillar, wᵢ the indicator's weight; null when none is scored;
 *   - overall score = the same weighted mean over every scored indicator of
 *     the economy, across pillars.
 * Each score says on how many indicators it rests (`scored`) and how many
 * there are (`total`).
 */

export interface PillarScore {
  iso3: string;
  pillarCode: string;
  score: number | null;
  scored: number;
  total: number;
}

export interface OverallScore {
  iso3: string;
  score: number | null;
  scored: number;
  total: number;
}

/** The economies the database covers (FEALAC members), optionally a subset or one region. */
function economySql(economies?: readonly string[], regionCode?: string | null): Prisma.Sql {
  const parts = [Prisma.sql`c.is_fealac_member`];
  if (economies) parts.push(economies.length ? Prisma.sql`c.iso3 IN (${Prisma.join(economies)})` : Prisma.sql`false`);
  if (regionCode) parts.push(Prisma.sql`c.region_code = ${regionCode}`);
  return Prisma.join(parts, " AND ");
}

const SCORED = Prisma.sql`e.status <> 'NO_DATA' AND e.score IS NOT NULL`;

/** Every (economy, pillar) score for the economies asked for, by pillar number then economy. */
export async function getPillarScores(options: { economies?: readonly string[]; pillarCode?: string; regionCode?: string | null } = {}): Promise<PillarScore[]> {
  const pillar = options.pillarCode ? Prisma.sql`p.code = ${options.pillarCode}` : Prisma.sql`true`;
  return getDb().$queryRaw<PillarScore[]>`
    WITH totals AS (
      SELECT i.pillar_id, count(*)::int AS total FROM regulation_indicator i GROUP BY i.pillar_id
    ), sums AS (
      SELECT e.country_iso3, i.pillar_id,
             sum(i.weight * e.score) AS weighted, sum(i.weight) AS weights, count(*)::int AS scored
      FROM regulation_entry e
      JOIN regulation_indicator i ON i.id = e.indicator_id
      WHERE ${SCORED}
      GROUP BY e.country_iso3, i.pillar_id
    )
    SELECT c.iso3, p.code AS "pillarCode",
           (s.weighted / nullif(s.weights, 0))::float8 AS score,
           coalesce(s.scored, 0)::int AS scored, coalesce(t.total, 0)::int AS total
    FROM country c
    CROSS JOIN regulation_pillar p
    LEFT JOIN totals t ON t.pillar_id = p.id
    LEFT JOIN sums s ON s.country_iso3 = c.iso3 AND s.pillar_id = p.id
    WHERE ${economySql(options.economies, options.regionCode)} AND ${pillar}
    ORDER BY p.number, c.iso3`;
}

/** Overall score per economy: weighted mean over all its scored indicators. */
export async function getOverallScores(options: { economies?: readonly string[] } = {}): Promise<OverallScore[]> {
  return getDb().$queryRaw<OverallScore[]>`
    WITH sums AS (
      SELECT e.country_iso3, sum(i.weight * e.score) AS weighted, sum(i.weight) AS weights, count(*)::int AS scored
      FROM regulation_entry e
      JOIN regulation_indicator i ON i.id = e.indicator_id
      WHERE ${SCORED}
      GROUP BY e.country_iso3
    )
    SELECT c.iso3, (s.weighted / nullif(s.weights, 0))::float8 AS score,
           coalesce(s.scored, 0)::int AS scored, (SELECT count(*) FROM regulation_indicator)::int AS total
    FROM country c
    LEFT JOIN sums s ON s.country_iso3 = c.iso3
    WHERE ${economySql(options.economies)}
    ORDER BY c.iso3`;
}

export interface PillarRankRow {
  iso3: string;
  regionCode: string | null;
  nameEn: string;
  nameEs: string;
  score: number | null;
  scored: number;
  total: number;
  /** 1 = most open (lowest score); equal scores share a rank; null without a score. */
  rank: number | null;
}

/** All economies on one pillar, most open first, those without a score last. */
export async function getPillarRanking(pillarCode: string, regionCode: string | null, locale: string): Promise<PillarRankRow[]> {
  const name = locale === "es" ? Prisma.sql`c.name_es` : Prisma.sql`c.name_en`;
  return getDb().$queryRaw<PillarRankRow[]>`
    WITH sums AS (
      SELECT e.country_iso3, sum(i.weight * e.score) AS weighted, sum(i.weight) AS weights, count(*)::int AS scored
      FROM regulation_entry e
      JOIN regulation_indicator i ON i.id = e.indicator_id
      JOIN regulation_pillar p ON p.id = i.pillar_id
      WHERE ${SCORED} AND p.code = ${pillarCode}
      GROUP BY e.country_iso3
    ), scores AS (
      SELECT c.iso3, c.region_code AS "regionCode", c.name_en AS "nameEn", c.name_es AS "nameEs", ${name} AS sort_name,
             (s.weighted / nullif(s.weights, 0))::float8 AS score, coalesce(s.scored, 0)::int AS scored,
             (SELECT count(*) FROM regulation_indicator i JOIN regulation_pillar p ON p.id = i.pillar_id WHERE p.code = ${pillarCode})::int AS total
      FROM country c
      LEFT JOIN sums s ON s.country_iso3 = c.iso3
      WHERE ${economySql(undefined, regionCode)}
    )
    SELECT iso3, "regionCode", "nameEn", "nameEs", score, scored, total,
           CASE WHEN score IS NULL THEN NULL ELSE (rank() OVER (ORDER BY score NULLS LAST))::int END AS rank
    FROM scores
    ORDER BY score NULLS LAST, sort_name`;
}
