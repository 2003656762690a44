/**
 * Policy vocabularies; the programmes documented in the project's source
 * documents; and the measures compiled from public sources
 * (prisma/seed-data/policies/). A policy is created once: staff may edit it
 * afterwards, so a later seed run never overwrites it.
 */
import type { ResearchPolicy } from "@/lib/policies/schemas/research-policy";
import { sourceKey } from "@/lib/core/sources/citation";
import type { SeedData } from "./seed-data";
import { ensureSources } from "./seed-sources";
import type { Transaction } from "./transaction";

const SOURCE_TITLES: Record<string, string> = {
  "000": "ECLAC (2006), How to increase SMEs' participation in trade between Asia and Latin America: the role of ICT",
  "001": "SELA (2017), Work Programme for the year 2018",
  "002": "APEC (2019), Integrating SMEs in Authorized Economic Operators Programs in Asia Pacific Region, workshop summary",
  "003": "APEC SME Working Group (2011), Research study of the main benefits of investing in the use of ICT in selected economies",
};

export function policySlug(key: string): string {
  return key.toLowerCase();
}

/** A stable slug for a measure compiled from public sources: its economy and English name. */
export function researchPolicySlug(policy: Pick<ResearchPolicy, "country" | "nameEn">): string {
  const words = policy.nameEn
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 60)
    .replace(/-$/, "");
  return `${policy.country.toLowerCase()}-public-${words}`;
}

export interface PolicySeedCounts {
  created: number;
  existing: number;
}

export async function seedPolicies(tx: Transaction, data: SeedData): Promise<PolicySeedCounts> {
  for (const term of data.vocabularies.instrumentTypes) {
    await tx.instrumentType.upsert({ where: { slug: term.slug }, create: term, update: {} });
  }
  for (const term of data.vocabularies.targetGroups) {
    await tx.targetGroup.upsert({ where: { slug: term.slug }, create: term, update: {} });
  }
  const instrumentIds = new Map((await tx.instrumentType.findMany()).map((t) => [t.slug, t.id]));
  const targetIds = new Map((await tx.targetGroup.findMany()).map((t) => [t.slug, t.id]));
  const idOf = (ids: Map<string, number>, slug: string, what: string) => {
    const id = ids.get(slug);
    if (id === undefined) throw new Error(`policy seed: unknown ${what} "${slug}"`);
    return id;
  };
  const terms = (p: { instrumentTypes: string[]; targetGroups: string[] }) => ({
    instrumentTypes: { create: p.instrumentTypes.map((s) => ({ instrumentTypeId: idOf(instrumentIds, s, "instrument type") })) },
    targetGroups: { create: p.targetGroups.map((s) => ({ targetGroupId: idOf(targetIds, s, "target group") })) },
  });
  const counts: PolicySeedCounts = { created: 0, existing: 0 };
  const exists = async (slug: string) => Boolean(await tx.policy.findUnique({ where: { slug }, select: { id: true } }));

  for (const policy of data.policies) {
    const slug = policySlug(policy.key);
    if (await exists(slug)) {
      counts.existing += 1;
      continue;
    }
    const sources = policy.sources.map((s) => ({
      key: sourceKey({ url: null, document: s.document, lines: s.lines }),
      title: SOURCE_TITLES[s.document.slice(0, 3)] ?? s.document,
      publisher: null,
      url: null,
      asOf: null,
      kind: "PROJECT_DOCUMENT" as const,
      document: s.document,
      lines: s.lines,
    }));
    const sourceIds = await ensureSources(tx, sources);
    await tx.policy.create({
      data: {
        slug,
        countryIso3: policy.country,
        nameOriginal: policy.nameOriginal,
        nameEn: policy.nameEn,
        agency: policy.agency,
        partners: policy.partners,
        launchYear: policy.launchYear,
        endYear: policy.endYear,
        status: policy.status,
        sector: policy.sector,
        marketFocus: policy.marketFocus,
        pandemicResponse: policy.pandemicResponse,
        description: policy.description,
        notes: policy.notes,
        workflowState: "PUBLISHED",
        publishedAt: new Date(),
        ...terms(policy),
        results: { create: policy.results.map((r, i) => ({ position: i + 1, text: r.text, year: r.year })) },
        sources: { create: sources.map((s, i) => ({ position: i + 1, sourceId: sourceIds.get(s.key)! })) },
      },
    });
    counts.created += 1;
  }

  // Measures compiled from public sources: published, so that the search and
  // the gap analysis count them, and marked "from public sources, not yet
  // reviewed by the secretariat" wherever they appear (prisma/seed-data/policies/README.md).
  for (const policy of data.researchPolicies) {
    const slug = researchPolicySlug(policy);
    if (await exists(slug)) {
      counts.existing += 1;
      continue;
    }
    const key = sourceKey({ url: policy.source.url, document: null, lines: null });
    const sourceIds = await ensureSources(tx, [{ key, title: policy.source.title, publisher: null, url: policy.source.url, asOf: policy.source.asOf, kind: null, document: null, lines: null }]);
    await tx.policy.create({
      data: {
        slug,
        countryIso3: policy.country,
        nameOriginal: policy.nameOriginal,
        nameEn: policy.nameEn,
        agency: policy.agency,
        launchYear: policy.launchYear,
        endYear: policy.endYear,
        status: policy.status,
        marketFocus: policy.marketFocus,
        description: policy.description,
        workflowState: "PUBLISHED",
        publishedAt: new Date(),
        ...terms(policy),
        results: { create: policy.result ? [{ position: 1, text: policy.result.text, year: policy.result.year }] : [] },
        sources: { create: [{ position: 1, sourceId: sourceIds.get(key)! }] },
      },
    });
    counts.created += 1;
  }
  return counts;
}
