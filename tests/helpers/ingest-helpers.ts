/** Shared by the ingestion tests: running a load from text, and fingerprints of the data tables. */
import { Readable } from "node:stream";
import type { Database } from "@/lib/core/db";
import type { IngestionKind } from "@/lib/ingest/kinds";
import { runIngestion, type CompletedRun, type IngestRequest } from "@/lib/ingest/run";

/** Runs an ingestion of `content` (text or bytes) as an API call would; no other run may be in progress. */
export async function ingest(kind: IngestionKind, content: string | Buffer, options: Partial<IngestRequest> = {}): Promise<CompletedRun> {
  const outcome = await runIngestion({
    kind,
    trigger: "API",
    triggeredBy: "test",
    source: "request body",
    open: () => Readable.from([typeof content === "string" ? Buffer.from(content) : content]),
    ...options,
  });
  if (!("counts" in outcome)) throw new Error(`unexpected outcome ${outcome.status}`);
  return outcome;
}

export const DATA_TABLES = ["marketplace", "traffic_monthly", "traffic_revision", "origin_share", "gender_share", "age_share"] as const;

/** md5 of every row of every data table, in a stable order: equal fingerprints mean byte-for-byte equal data. */
export async function fingerprint(db: Database, tables: readonly string[] = DATA_TABLES): Promise<Record<string, string>> {
  const result: Record<string, string> = {};
  for (const table of tables) {
    const [row] = await db.$queryRawUnsafe<Array<{ md5: string }>>(
      `SELECT md5(coalesce(string_agg(t::text, ',' ORDER BY t::text), '')) AS md5 FROM ${table} t`,
    );
    result[table] = row.md5;
  }
  return result;
}
