import "server-only";
import { getDb } from "@/lib/core/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { RegionCode } from "@/lib/core/regions";

export const GAP_DIMENSIONS = ["instrument", "target"] as const;
export type GapDimension = (typeof GAP_DIMENSIONS)[number];

const TABLES: Record<GapDimension, { term: Prisma.Sql; link: Prisma.Sql; column: Prisma.Sql }> = {
  instrument: { term: Prisma.sql`instrument_type`, link: Prisma.sql`policy_instrument_type`, column: Prisma.sql`instrument_type_id` },
  target: { term: Prisma.sql`target_group`, link: Prisma.sql`policy_target_group`, column: Prisma.sql`target_group_id` },
};

export interface GapScope {
  /** A FEALAC region code, or null for both regions. */
  region: RegionCode | null;
  /** An economy (upper-case ISO3) to keep in the rows whatever the region and the empty-row toggle. */
  include?: string | null;
}

/** CTE "members(iso3, …, total)": the FEALAC members in scope with their count of published policies. */
function membersCte(scope: GapScope): Prisma.Sql {
  const inScope = [Prisma.sql`c.is_fealac_member`];
  if (scope.region) {
    inScope.push(scope.include ? Prisma.sql`(c.region_code = ${scope.region} OR c.iso3 = ${scope.include})` : Prisma.sql`c.region_code = ${scope.region}`);
  }
  return Prisma.sql`members AS (
    SELECT c.iso3, c.name_en, c.name_es, c.region_code, r.sort_order AS region_order,
           (SELECT count(*) FROM policy p WHERE p.country_iso3 = c.iso3 AND p.workflow_state = 'PUBLISHED')::int AS total
    FROM country c
    LEFT JOIN region r ON r.code = c.region_code
    WHERE ${Prisma.join(inScope, " AND ")}
  )`;
}

/** CTE "cells(iso3, slug, sort_order, n)": published policies per member and term, zero included. */
function cellsCte(dimension: GapDimension): Prisma.Sql {
  const { term, link, column } = TABLES[dimension];
  return Prisma.sql`links AS (
    SELECT p.country_iso3, l.${column} AS term_id
    FROM policy p JOIN ${link} l ON l.policy_id = p.id
    WHERE p.workflow_state = 'PUBLISHED'
  ),
  cells AS (
    SELECT m.iso3, t.slug, t.sort_order, count(l.term_id)::int AS n
    FROM members m
    CROSS JOIN ${term} t
    LEFT JOIN links l ON l.country_iso3 = m.iso3 AND l.term_id = t.id
    GROUP BY m.iso3, t.slug, t.sort_order
  )`;
}

export interface GapRow {
  iso3: string;
  nameEn: string;
  nameEs: string;
  regionCode: RegionCode;
  /** Published policies of the economy, each counted once (a policy may sit in several columns). */
  total: number;
  /** Published policies per term slug (0 where there are none). */
  counts: Record<string, number>;
}

/**
 * The economy × term matrix of published policy counts, over every FEALAC
 * member in scope (also those with none, unless hideEmpty), by region and name.
 */
export async function getGapMatrix(dimension: GapDimension, scope: GapScope & { hideEmpty?: boolean; locale?: string }): Promise<GapRow[]> {
  const name = scope.locale === "es" ? Prisma.sql`m.name_es` : Prisma.sql`m.name_en`;
  const keep = scope.hideEmpty ? Prisma.sql`m.total > 0 OR m.iso3 = ${scope.include ?? ""}` : Prisma.sql`true`;
  return getDb().$queryRaw<GapRow[]>`
    WITH ${membersCte(scope)}, ${cellsCte(dimension)}
    SELECT m.iso3, m.name_en AS "nameEn", m.name_es AS "nameEs", m.region_code AS "regionCode", m.total,
           jsonb_object_agg(x.slug, x.n) AS counts
    FROM members m
    JOIN cells x ON x.iso3 = m.iso3
    WHERE ${keep}
    GROUP BY m.iso3, m.name_en, m.name_es, m.region_code, m.region_order, m.total
    ORDER BY m.region_order, ${name}, m.iso3`;
}

export interface PeerBenchmark {
  slug: string;
  /** Peers (the other FEALAC members in scope) with at least one published policy of this term. */
  peersWithMeasures: number;
  peers: number;
  /** The economy's own published policies of this term. */
  own: number;
}

/**
 * Per term: how many peers have measures, and how many the economy has. Peers
 * are the FEALAC members of the region in scope (both regions when none),
 * the economy itself excluded.
 */
export async function getPeerBenchmark(dimension: GapDimension, scope: GapScope & { include: string }): Promise<PeerBenchmark[]> {
  const iso3 = scope.include;
  return getDb().$queryRaw<PeerBenchmark[]>`
    WITH ${membersCte(scope)}, ${cellsCte(dimension)}
    SELECT slug,
           count(*) FILTER (WHERE iso3 <> ${iso3} AND n > 0)::int AS "peersWithMeasures",
           count(*) FILTER (WHERE iso3 <> ${iso3})::int AS peers,
           coalesce(max(n) FILTER (WHERE iso3 = ${iso3}), 0)::int AS own
    FROM cells
    GROUP BY slug, sort_order
    ORDER BY sort_order, slug`;
}
