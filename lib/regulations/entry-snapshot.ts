/**
 * A regulation entry as one flat, comparable object: what the audit log stores
 * before and after each change, and what the history page and the conflict
 * message of a stale save compare.
 */
import type { Prisma } from "@/lib/generated/prisma/client";

type Tx = Pick<Prisma.TransactionClient, "regulationEntry">;

export const ENTRY_FIELDS = [
  "status", "answer", "score", "instrumentName", "instrumentNumber", "instrumentYear", "lastAmendedYear",
  "article", "description", "coverage", "sourceUrls", "verifiedOn", "verifiedBy",
] as const;
export type EntryField = (typeof ENTRY_FIELDS)[number];

export async function entrySnapshot(tx: Tx, id: number) {
  const e = await tx.regulationEntry.findUnique({ where: { id } });
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
    sourceUrls: e.sourceUrls,
    verifiedOn: e.verifiedOn ? e.verifiedOn.toISOString().slice(0, 10) : null,
    verifiedBy: e.verifiedBy,
    version: e.version,
  };
}
export type EntrySnapshot = NonNullable<Awaited<ReturnType<typeof entrySnapshot>>>;
