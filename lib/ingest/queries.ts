import "server-only";
import { getDb } from "@/lib/core/db";
import type { IngestIssue } from "./issues";

const RUN_FIELDS = {
  id: true,
  kind: true,
  trigger: true,
  triggeredBy: true,
  source: true,
  checksum: true,
  dryRun: true,
  status: true,
  startedAt: true,
  finishedAt: true,
  rowsRead: true,
  rowsInserted: true,
  rowsUpdated: true,
  rowsUnchanged: true,
  rowsRejected: true,
  errorCount: true,
} as const;

/** The latest ingestion runs, newest first. */
export async function listIngestionRuns(limit = 50) {
  return getDb().ingestionRun.findMany({ select: RUN_FIELDS, orderBy: { id: "desc" }, take: limit });
}

export type IngestionRunRow = Awaited<ReturnType<typeof listIngestionRuns>>[number];

/** One run with its recorded problems, or null. */
export async function getIngestionRun(id: number) {
  const run = await getDb().ingestionRun.findUnique({ where: { id }, select: { ...RUN_FIELDS, errors: true } });
  if (!run) return null;
  return { ...run, errors: (Array.isArray(run.errors) ? run.errors : []) as unknown as IngestIssue[] };
}
