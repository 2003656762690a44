import "server-only";
import { getDb } from "@/lib/core/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { citationsJson, type Citation } from "@/lib/core/sources/citation";

/** Any economy in the portal (FEALAC members and the non-members sources describe), or null. */
export async function getPolicyEconomy(iso3: string) {
  return getDb().country.findUnique({
    where: { iso3 },
    select: { iso3: true, nameEn: true, nameEs: true, isFealacMember: true, region: { select: { code: true, nameEn: true, nameEs: true } } },
  });
}

export interface CountryMeasureRow {
  /** null for a policy without an instrument type. */
  instrumentType: string | null;
  id: number;
  nameEn: string;
  nameOriginal: string;
  launchYear: number | null;
  endYear: number | null;
  status: string;
  /** Its sources and verification state, shown beside it. */
  sources: Citation[];
  verification: string;
  verifiedOn: Date | null;
  verifiedBy: string | null;
  disputeNote: string | null;
}

/**
 * An economy's published policies, one row per policy and instrument type
 * (a policy of two types appears under both), in vocabulary order, then by
 * launch year (unknown last) and name.
 */
export async function getCountryMeasures(iso3: string): Promise<CountryMeasureRow[]> {
  return getDb().$queryRaw<CountryMeasureRow[]>`
    SELECT it.slug AS "instrumentType", p.id, p.name_en AS "nameEn", p.name_original AS "nameOriginal",
           p.launch_year::int AS "launchYear", p.end_year::int AS "endYear", p.status::text AS status,
           ${citationsJson("policy_source", "policy_id", Prisma.sql`p.id`)} AS sources,
           p.verification::text AS verification, p.verified_on AS "verifiedOn", p.verified_by AS "verifiedBy", p.dispute_note AS "disputeNote"
    FROM policy p
    LEFT JOIN policy_instrument_type pit ON pit.policy_id = p.id
    LEFT JOIN instrument_type it ON it.id = pit.instrument_type_id
    WHERE p.country_iso3 = ${iso3} AND p.workflow_state = 'PUBLISHED'
    ORDER BY it.sort_order NULLS LAST, it.slug, p.launch_year NULLS LAST, p.name_en, p.id`;
}

/** How many published policies an economy has (each counted once). */
export async function countCountryPolicies(iso3: string): Promise<number> {
  return getDb().policy.count({ where: { countryIso3: iso3, workflowState: "PUBLISHED" } });
}
