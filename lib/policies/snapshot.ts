/**
 * A policy as one flat, comparable object: what the audit log stores before
 * and after each change, and what the history page and conflict message diff.
 */
import type { Prisma } from "@/lib/generated/prisma/client";

type Tx = Pick<Prisma.TransactionClient, "policy">;

export async function policySnapshot(tx: Tx, id: number) {
  const p = await tx.policy.findUnique({
    where: { id },
    include: {
      instrumentTypes: { include: { instrumentType: { select: { slug: true } } } },
      targetGroups: { include: { targetGroup: { select: { slug: true } } } },
      results: { orderBy: { position: "asc" }, select: { text: true, year: true } },
      sources: { orderBy: { position: "asc" }, select: { title: true, url: true, document: true, lines: true } },
    },
  });
  if (!p) return null;
  return {
    country: p.countryIso3,
    nameOriginal: p.nameOriginal,
    nameEn: p.nameEn,
    agency: p.agency,
    partners: p.partners,
    launchYear: p.launchYear,
    endYear: p.endYear,
    status: p.status,
    instrumentTypes: p.instrumentTypes.map((t) => t.instrumentType.slug).sort(),
    targetGroups: p.targetGroups.map((t) => t.targetGroup.slug).sort(),
    sector: p.sector,
    marketFocus: p.marketFocus,
    pandemicResponse: p.pandemicResponse,
    description: p.description,
    results: p.results,
    sources: p.sources,
    notes: p.notes,
    workflowState: p.workflowState,
    version: p.version,
  };
}
export type PolicySnapshot = NonNullable<Awaited<ReturnType<typeof policySnapshot>>>;
