/**
 * Policy vocabularies, and the programmes documented in the project's source
 * documents. A policy is created once: staff may edit it afterwards, so a
 * later seed run never overwrites it.
 */
import type { SeedData } from "./seed-data";
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

export async function seedPolicies(tx: Transaction, data: SeedData): Promise<void> {
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
    if (id === undefined) throw new Error(`policies.json: unknown ${what} "${slug}"`);
    return id;
  };

  for (const policy of data.policies) {
    const slug = policySlug(policy.key);
    if (await tx.policy.findUnique({ where: { slug }, select: { id: true } })) continue;
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
        instrumentTypes: {
          create: policy.instrumentTypes.map((s) => ({ instrumentTypeId: idOf(instrumentIds, s, "instrument type") })),
        },
        targetGroups: {
          create: policy.targetGroups.map((s) => ({ targetGroupId: idOf(targetIds, s, "target group") })),
        },
        results: { create: policy.results.map((r, i) => ({ position: i + 1, text: r.text, year: r.year })) },
        sources: {
          create: policy.sources.map((s, i) => ({
            position: i + 1,
            title: SOURCE_TITLES[s.document.slice(0, 3)] ?? s.document,
            document: s.document,
            lines: s.lines,
          })),
        },
      },
    });
  }
}
