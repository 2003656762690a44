import "server-only";
import { getDb } from "@/lib/core/db";
import { citationsJson, type Citation } from "@/lib/core/sources/citation";
import { strongestSourceRank } from "@/lib/core/verification/queue-order";
import { Prisma } from "@/lib/generated/prisma/client";

/** At most this many entries on one page of the queue; an indicator filter narrows it. */
export const QUEUE_LIMIT = 100;

export interface QueueEntry {
  id: number;
  version: number;
  iso3: string;
  countryEn: string;
  countryEs: string;
  indicatorId: number;
  indicatorCode: string;
  indicatorEn: string;
  indicatorEs: string;
  status: string;
  score: number | null;
  answer: string | null;
  instrumentName: string | null;
  verification: string;
  verifiedOn: Date | null;
  verifiedBy: string | null;
  disputeNote: string | null;
  sources: Citation[];
}

/**
 * Entries with a known status that the secretariat has not verified (or has
 * disputed), weakest sources first (lib/core/verification/queue-order.ts),
 * then by indicator and economy. `keepVerifiedBy`: entries this staff member
 * verified today stay in the list (shown as verified), so that what they just
 * did does not vanish under them; `total` counts only what is left to verify.
 */
export async function listEntriesToVerify(indicatorCode: string | null, keepVerifiedBy: number | null = null): Promise<{ rows: QueueEntry[]; total: number }> {
  const scope = Prisma.sql`e.status <> 'NO_DATA' ${indicatorCode ? Prisma.sql`AND i.code = ${indicatorCode}` : Prisma.empty}`;
  const kept = keepVerifiedBy === null ? Prisma.empty : Prisma.sql`OR (e.verified_by_id = ${keepVerifiedBy} AND e.verified_on = current_date)`;
  const shown = Prisma.sql`${scope} AND (e.verification <> 'VERIFIED' ${kept})`;
  const where = Prisma.sql`${scope} AND e.verification <> 'VERIFIED'`;
  const from = Prisma.sql`FROM regulation_entry e
    JOIN country c ON c.iso3 = e.country_iso3
    JOIN regulation_indicator i ON i.id = e.indicator_id
    JOIN regulation_pillar p ON p.id = i.pillar_id`;
  const db = getDb();
  const [rows, [{ total }]] = await Promise.all([
    db.$queryRaw<QueueEntry[]>`
      SELECT e.id, e.version, c.iso3::text AS iso3, c.name_en AS "countryEn", c.name_es AS "countryEs", i.id AS "indicatorId",
             i.code AS "indicatorCode", i.name_en AS "indicatorEn", i.name_es AS "indicatorEs", e.status::text AS status,
             e.score::float8 AS score, e.answer, e.instrument_name AS "instrumentName", e.verification::text AS verification,
             e.dispute_note AS "disputeNote", e.verified_on AS "verifiedOn", e.verified_by AS "verifiedBy", ${citationsJson("regulation_entry_source", "entry_id", Prisma.sql`e.id`)} AS sources
      ${from}
      WHERE ${shown}
      ORDER BY ${strongestSourceRank("regulation_entry_source", "entry_id", Prisma.sql`e.id`)}, (e.verification = 'DISPUTED') DESC,
               p.number, i.position, c.name_en
      LIMIT ${QUEUE_LIMIT}`,
    db.$queryRaw<[{ total: number }]>`SELECT count(*)::int AS total ${from} WHERE ${where}`,
  ]);
  return { rows, total };
}

/** How many entries wait for verification, for the staff home page. */
export function countEntriesToVerify(): Promise<number> {
  return getDb().regulationEntry.count({ where: { status: { not: "NO_DATA" }, verification: { not: "VERIFIED" } } });
}

/** The indicators that have entries to verify, for the queue's filter, with how many each. */
export function listIndicatorsToVerify() {
  return getDb().$queryRaw<Array<{ code: string; nameEn: string; nameEs: string; count: number }>>`
    SELECT i.code, i.name_en AS "nameEn", i.name_es AS "nameEs", count(*)::int AS count
    FROM regulation_entry e JOIN regulation_indicator i ON i.id = e.indicator_id JOIN regulation_pillar p ON p.id = i.pillar_id
    WHERE e.status <> 'NO_DATA' AND e.verification <> 'VERIFIED'
    GROUP BY i.id, p.number
    ORDER BY p.number, i.position`;
}

/** An entry's readable citations and verification, for the staff entry page. */
export async function getEntryVerification(id: number) {
  const [row] = await getDb().$queryRaw<Array<{ version: number; status: string; verification: string; verifiedOn: Date | null; verifiedBy: string | null; disputeNote: string | null; sources: Citation[] }>>`
    SELECT e.version, e.status::text AS status, e.verification::text AS verification, e.verified_on AS "verifiedOn", e.verified_by AS "verifiedBy",
           e.dispute_note AS "disputeNote", ${citationsJson("regulation_entry_source", "entry_id", Prisma.sql`e.id`)} AS sources
    FROM regulation_entry e WHERE e.id = ${id}`;
  return row ?? null;
}
