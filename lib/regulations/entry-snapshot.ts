/**
 * A regulation entry as one flat, comparable object: what the audit log stores
 * before and after each change, and what the history page and the conflict
 * message of a stale save compare. Sources are the URLs of its citations, in
 * order; verification is part of it, so verifying is audited like an edit.
 */
import type { Database } from "@/lib/core/db";
import type { Prisma } from "@/lib/generated/prisma/client";

type Tx = Pick<Prisma.TransactionClient, "regulationEntry"> | Pick<Database, "regulationEntry">;

export const ENTRY_FIELDS = [
  "status", "answer", "score", "instrumentName", "instrumentNumber", "instrumentYear", "lastAmendedYear",
  "article", "description", "coverage", "sourceUrls", "verification", "verifiedOn", "verifiedBy", "disputeNote",
] as const;
export type EntryField = (typeof ENTRY_FIELDS)[number];

export async function entrySnapshot(tx: Tx, id: number) {
  const e = await tx.regulationEntry.findUnique({
    where: { id },
    include: { sources: { orderBy: { position: "asc" }, select: { source: { select: { url: true, document: true } } } } },
  });
  if (!e) return null;
  return {
    status: e.status,
    answer: e.answer,
    score: e.score === null ? null : Number(e.score),
    instrumentName: e.instrumentName,
    instrumentNumber: e.instrumentNumber,
    instrumentYear: e.instrumentYear,
    lastAmendedYear: e.lastAmendedYear,
    article: e.article,
    description: e.description,
    coverage: e.coverage,
    sourceUrls: e.sources.map(({ source }) => source.url ?? source.document ?? ""),
    verification: e.verification,
    verifiedOn: e.verifiedOn ? e.verifiedOn.toISOString().slice(0, 10) : null,
    verifiedBy: e.verifiedBy,
    disputeNote: e.disputeNote,
    version: e.version,
  };
}
export type EntrySnapshot = NonNullable<Awaited<ReturnType<typeof entrySnapshot>>>;

/** The fields staff edit in the entry form (verification is set by verifying). */
export const EDITABLE_ENTRY_FIELDS = ENTRY_FIELDS.filter((f) => !["verification", "verifiedOn", "verifiedBy", "disputeNote"].includes(f));

/** The editable fields of a snapshot, to compare content without its verification. */
export function editableEntryFields(snapshot: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(EDITABLE_ENTRY_FIELDS.map((f) => [f, snapshot[f]]));
}
