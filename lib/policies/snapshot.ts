/**
 * A policy as one flat, comparable object: what the audit log stores before
 * and after each change, and what the history page and conflict message diff.
 * Verification is part of it, so verifying is audited like an edit.
 */
import type { Database } from "@/lib/core/db";
import { changedFields } from "@/lib/core/diff";
import type { Prisma } from "@/lib/generated/prisma/client";

type Tx = Pick<Prisma.TransactionClient, "policy"> | Pick<Database, "policy">;

export async function policySnapshot(tx: Tx, id: number) {
  const p = await tx.policy.findUnique({
    where: { id },
    include: {
      instrumentTypes: { include: { instrumentType: { select: { slug: true } } } },
      targetGroups: { include: { targetGroup: { select: { slug: true } } } },
      results: { orderBy: { position: "asc" }, select: { text: true, year: true } },
      sources: { orderBy: { position: "asc" }, select: { source: { select: { title: true, url: true, document: true, lines: true } } } },
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
    sources: p.sources.map(({ source }) => source),
    notes: p.notes,
    workflowState: p.workflowState,
    verification: p.verification,
    verifiedOn: p.verifiedOn ? p.verifiedOn.toISOString().slice(0, 10) : null,
    verifiedBy: p.verifiedBy,
    disputeNote: p.disputeNote,
    version: p.version,
  };
}
export type PolicySnapshot = NonNullable<Awaited<ReturnType<typeof policySnapshot>>>;

/** The parts of the snapshot that are not its content: its version, publication and verification. */
const META = new Set(["version", "workflowState", "verification", "verifiedOn", "verifiedBy", "disputeNote"]);

/** The policy's content: what a verification vouches for and what an edit (or a proposal) sets. */
export function policyContent(snapshot: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(snapshot).filter(([k]) => !META.has(k) && k !== "id"));
}

/** Whether the policy's content differs between two snapshots. */
export function contentChanged(before: PolicySnapshot, after: PolicySnapshot): boolean {
  return changedFields(policyContent(before), policyContent(after)).length > 0;
}
