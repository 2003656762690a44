import "server-only";
import { getDb } from "@/lib/core/db";
import { awaitsReviewFromPublicSources, type Citation } from "@/lib/core/sources/citation";

/**
 * How far the published measures of each FEALAC member have been reviewed:
 * how many there are, how many the secretariat has verified, and how many
 * are from public sources, not yet reviewed (the rule of
 * lib/core/sources/citation.ts, applied to each measure's sources). Members
 * without a published measure are absent; the counts by instrument type and
 * target group come from the gap matrix (lib/policies/queries/gaps.ts).
 */
export interface PolicyReviewCounts {
  measures: number;
  verified: number;
  publicSources: number;
}

interface PublishedMeasure {
  iso3: string;
  verification: string;
  sources: Pick<Citation, "kind">[];
}

export async function getPolicyReviewCounts(): Promise<Map<string, PolicyReviewCounts>> {
  const measures = await getDb().$queryRaw<PublishedMeasure[]>`
    SELECT p.country_iso3::text AS iso3, p.verification::text AS verification,
           coalesce((SELECT json_agg(json_build_object('kind', s.kind) ORDER BY l.position)
                       FROM policy_source l JOIN source s ON s.id = l.source_id WHERE l.policy_id = p.id), '[]'::json) AS sources
    FROM policy p JOIN country c ON c.iso3 = p.country_iso3
    WHERE p.workflow_state = 'PUBLISHED' AND c.is_fealac_member`;
  const counts = new Map<string, PolicyReviewCounts>();
  for (const m of measures) {
    const row = counts.get(m.iso3) ?? { measures: 0, verified: 0, publicSources: 0 };
    row.measures += 1;
    if (m.verification === "VERIFIED") row.verified += 1;
    if (awaitsReviewFromPublicSources(m)) row.publicSources += 1;
    counts.set(m.iso3, row);
  }
  return counts;
}

export interface PolicyCoverageSummary extends PolicyReviewCounts {
  /** Members with at least one published measure. */
  economies: number;
  members: number;
}

/** The search and gap pages' one-sentence summary; `only` restricts it to some economies (the gap analysis's rows). */
export async function getPolicyCoverageSummary(only?: ReadonlySet<string>): Promise<PolicyCoverageSummary> {
  const [counts, members] = await Promise.all([getPolicyReviewCounts(), getDb().country.count({ where: { isFealacMember: true } })]);
  const rows = [...counts.entries()].filter(([iso3]) => !only || only.has(iso3)).map(([, c]) => c);
  return {
    measures: rows.reduce((n, c) => n + c.measures, 0),
    verified: rows.reduce((n, c) => n + c.verified, 0),
    publicSources: rows.reduce((n, c) => n + c.publicSources, 0),
    economies: rows.length,
    members,
  };
}
