import "server-only";
import { getDb } from "@/lib/core/db";
import type { RegionCode } from "@/lib/core/regions";
import { Prisma } from "@/lib/generated/prisma/client";

/**
 * Pillar and overall scores, read from the SQL view regulation_pillar_score
 * (migration regulation_scores_view), where the weighted mean Σ wᵢ·sᵢ / Σ wᵢ
 * is written once for the pages, their CSVs and the regulation-scores
 * dataset. Computed from the entries on every read, never stored. Each score
 * says on how many indicators it rests (`scored`) and how many there are
 * (`total`).
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

/** The economies asked for (the view holds FEALAC members only), optionally one region. */
function economySql(economies?: readonly string[], regionCode?: RegionCode | null): Prisma.Sql {
  const parts = [Prisma.sql`true`];
  if (economies) parts.push(economies.length ? Prisma.sql`c.iso3 IN (${Prisma.join(economies)})` : Prisma.sql`false`);
  if (regionCode) parts.push(Prisma.sql`c.region_code = ${regionCode}`);
  return Prisma.join(parts, " AND ");
}

const FROM = Prisma.sql`FROM regulation_pillar_score s JOIN country c ON c.iso3 = s.country_iso3`;

/** Every (economy, pillar) score for the economies asked for, by pillar number then economy. */
export async function getPillarScores(options: { economies?: readonly string[]; pillarCode?: string; regionCode?: RegionCode | null } = {}): Promise<PillarScore[]> {
  const pillar = options.pillarCode ? Prisma.sql`p.code = ${options.pillarCode}` : Prisma.sql`true`;
  return getDb().$queryRaw<PillarScore[]>`
    SELECT c.iso3, p.code AS "pillarCode", s.score, s.indicators_scored AS scored, s.indicators_total AS total
    ${FROM} JOIN regulation_pillar p ON p.id = s.pillar_id
    WHERE ${economySql(options.economies, options.regionCode)} AND ${pillar}
    ORDER BY p.number, c.iso3`;
}

/** Overall score per economy: weighted mean over all its scored indicators. */
export async function getOverallScores(options: { economies?: readonly string[] } = {}): Promise<OverallScore[]> {
  return getDb().$queryRaw<OverallScore[]>`
    SELECT c.iso3, s.score, s.indicators_scored AS scored, s.indicators_total AS total
    ${FROM}
    WHERE s.pillar_id IS NULL AND ${economySql(options.economies)}
    ORDER BY c.iso3`;
}

export interface PillarRankRow {
  iso3: string;
  regionCode: RegionCode | null;
  nameEn: string;
  nameEs: string;
  score: number | null;
  scored: number;
  total: number;
  /** 1 = most open (lowest score); equal scores share a rank; null without a score. */
  rank: number | null;
}

/** All economies on one pillar, most open first, those without a score last. */
export async function getPillarRanking(pillarCode: string, regionCode: RegionCode | null, locale: string): Promise<PillarRankRow[]> {
  const name = locale === "es" ? Prisma.sql`c.name_es` : Prisma.sql`c.name_en`;
  return getDb().$queryRaw<PillarRankRow[]>`
    SELECT c.iso3, c.region_code AS "regionCode", c.name_en AS "nameEn", c.name_es AS "nameEs",
           s.score, s.indicators_scored AS scored, s.indicators_total AS total,
           CASE WHEN s.score IS NULL THEN NULL ELSE (rank() OVER (ORDER BY s.score NULLS LAST))::int END AS rank
    ${FROM} JOIN regulation_pillar p ON p.id = s.pillar_id
    WHERE p.code = ${pillarCode} AND ${economySql(undefined, regionCode)}
    ORDER BY s.score NULLS LAST, ${name}`;
}
