import "server-only";
import { getDb } from "@/lib/core/db";
import { CITATION_SELECT } from "@/lib/core/sources/citation";

export const MAX_RELATED = 6;

/** A published policy with everything its public page shows, or null (drafts and archived ones are not public). */
export async function getPublishedPolicy(id: number) {
  return getDb().policy.findFirst({
    where: { id, workflowState: "PUBLISHED" },
    select: {
      id: true,
      nameOriginal: true,
      nameEn: true,
      agency: true,
      partners: true,
      launchYear: true,
      endYear: true,
      status: true,
      sector: true,
      marketFocus: true,
      pandemicResponse: true,
      description: true,
      notes: true,
      updatedAt: true,
      verification: true,
      verifiedOn: true,
      verifiedBy: true,
      disputeNote: true,
      country: {
        select: {
          iso3: true,
          nameEn: true,
          nameEs: true,
          isFealacMember: true,
          region: { select: { nameEn: true, nameEs: true } },
        },
      },
      instrumentTypes: {
        select: { instrumentType: { select: { slug: true, nameEn: true, nameEs: true } } },
        orderBy: { instrumentType: { sortOrder: "asc" } },
      },
      targetGroups: {
        select: { targetGroup: { select: { slug: true, nameEn: true, nameEs: true } } },
        orderBy: { targetGroup: { sortOrder: "asc" } },
      },
      results: { select: { text: true, year: true }, orderBy: { position: "asc" } },
      sources: { select: { source: { select: CITATION_SELECT } }, orderBy: { position: "asc" } },
    },
  });
}
export type PublishedPolicy = NonNullable<Awaited<ReturnType<typeof getPublishedPolicy>>>;

export interface RelatedPolicy {
  id: number;
  nameEn: string;
  iso3: string;
  countryNameEn: string;
  countryNameEs: string;
  launchYear: number | null;
  /** Slugs of the instrument types and target groups shared with the policy. */
  sharedInstrumentTypes: string[];
  sharedTargetGroups: string[];
  overlap: number;
}

/**
 * Published policies of other economies that share an instrument type or a
 * target group with this one, most shared terms first (ties: earliest name).
 */
export async function getRelatedPolicies(id: number, limit = MAX_RELATED): Promise<RelatedPolicy[]> {
  return getDb().$queryRaw<RelatedPolicy[]>`
    WITH self AS (SELECT country_iso3 FROM policy WHERE id = ${id}),
    shared AS (
      SELECT o.policy_id, 'instrument' AS kind, it.slug, it.sort_order
      FROM policy_instrument_type mine
      JOIN policy_instrument_type o ON o.instrument_type_id = mine.instrument_type_id AND o.policy_id <> mine.policy_id
      JOIN instrument_type it ON it.id = mine.instrument_type_id
      WHERE mine.policy_id = ${id}
      UNION ALL
      SELECT o.policy_id, 'target', tg.slug, tg.sort_order
      FROM policy_target_group mine
      JOIN policy_target_group o ON o.target_group_id = mine.target_group_id AND o.policy_id <> mine.policy_id
      JOIN target_group tg ON tg.id = mine.target_group_id
      WHERE mine.policy_id = ${id}
    )
    SELECT p.id, p.name_en AS "nameEn", c.iso3, c.name_en AS "countryNameEn", c.name_es AS "countryNameEs",
           p.launch_year::int AS "launchYear",
           coalesce(array_agg(s.slug ORDER BY s.sort_order) FILTER (WHERE s.kind = 'instrument'), '{}') AS "sharedInstrumentTypes",
           coalesce(array_agg(s.slug ORDER BY s.sort_order) FILTER (WHERE s.kind = 'target'), '{}') AS "sharedTargetGroups",
           count(*)::int AS overlap
    FROM shared s
    JOIN policy p ON p.id = s.policy_id
    JOIN country c ON c.iso3 = p.country_iso3
    WHERE p.workflow_state = 'PUBLISHED' AND p.country_iso3 <> (SELECT country_iso3 FROM self)
    GROUP BY p.id, c.iso3
    ORDER BY overlap DESC, p.name_en, p.id
    LIMIT ${limit}`;
}
