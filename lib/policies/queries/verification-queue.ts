import "server-only";
import { getDb } from "@/lib/core/db";
import { citationsJson, type Citation } from "@/lib/core/sources/citation";
import { strongestSourceRank } from "@/lib/core/verification/queue-order";
import { Prisma } from "@/lib/generated/prisma/client";

export interface QueuePolicy {
  id: number;
  version: number;
  iso3: string;
  countryEn: string;
  countryEs: string;
  nameEn: string;
  workflowState: string;
  verification: string;
  verifiedOn: Date | null;
  verifiedBy: string | null;
  disputeNote: string | null;
  sources: Citation[];
}

/**
 * Policies (published and drafts) not verified by the secretariat, weakest
 * sources first, then by economy and name; those `keepVerifiedBy` verified
 * today stay in the list (as in the entries' queue).
 */
export async function listPoliciesToVerify(keepVerifiedBy: number | null = null, limit = 100): Promise<{ rows: QueuePolicy[]; total: number }> {
  const kept = keepVerifiedBy === null ? Prisma.empty : Prisma.sql`OR (p.verified_by_id = ${keepVerifiedBy} AND p.verified_on = current_date)`;
  const db = getDb();
  const [rows, [{ total }]] = await Promise.all([
    db.$queryRaw<QueuePolicy[]>`
      SELECT p.id, p.version, c.iso3::text AS iso3, c.name_en AS "countryEn", c.name_es AS "countryEs", p.name_en AS "nameEn",
             p.workflow_state::text AS "workflowState", p.verification::text AS verification, p.dispute_note AS "disputeNote",
             p.verified_on AS "verifiedOn", p.verified_by AS "verifiedBy",
             ${citationsJson("policy_source", "policy_id", Prisma.sql`p.id`)} AS sources
      FROM policy p JOIN country c ON c.iso3 = p.country_iso3
      WHERE (p.verification <> 'VERIFIED' ${kept}) AND p.workflow_state <> 'ARCHIVED'
      ORDER BY ${strongestSourceRank("policy_source", "policy_id", Prisma.sql`p.id`)}, (p.verification = 'DISPUTED') DESC, c.name_en, p.name_en
      LIMIT ${limit}`,
    db.$queryRaw<[{ total: number }]>`SELECT count(*)::int AS total FROM policy p WHERE p.verification <> 'VERIFIED' AND p.workflow_state <> 'ARCHIVED'`,
  ]);
  return { rows, total };
}

/** How many facts wait for verification, for the staff home page. */
export async function countPoliciesToVerify(): Promise<number> {
  return getDb().policy.count({ where: { verification: { not: "VERIFIED" }, workflowState: { not: "ARCHIVED" } } });
}
