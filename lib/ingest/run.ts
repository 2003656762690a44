/**
 * One ingestion run, start to finish (docs/design.md §5):
 *
 * 1. Take the ingestion advisory lock on a dedicated connection (session
 *    level, so a crashed process releases it). If another run holds it, answer
 *    "already-running" at once and record nothing.
 * 2. In ONE transaction: create the run row, stream the file through the
 *    checks into a TEMP staging table (COPY), run the whole-file checks, then
 *    either apply the changes and mark the run SUCCEEDED (commit), or, when
 *    anything is invalid or this is a dry run, roll everything back.
 * 3. A failed or dry run is then recorded on its own (status FAILED or
 *    VALIDATED, with its errors and counts); nothing else is written.
 *
 * A process killed mid-load leaves the database exactly as before: the
 * transaction (run row included) never commits, and the lock goes with the
 * connection.
 */
import type { Readable } from "node:stream";
import type pg from "pg";
import { connectionString, openConnection } from "@/lib/core/db";
import { invalidateLocal } from "@/lib/core/cache/store";
import { DATA_CHANGE_CHANNEL } from "@/lib/core/cache/tags";
import type { IngestionStatus, IngestionTrigger } from "@/lib/generated/prisma/enums";
import { maxBytesFromEnv } from "./decode";
import { FatalIngestError, IssueList, type IngestIssue } from "./issues";
import { englishMessage, type Problem } from "./problems";
import type { IngestionKind } from "./kinds";
import { DEFAULT_SOURCE } from "./kinds";
import { applyChanges, countChanges, sampleChanges, type Change, type Counts } from "./merge";
import { parseIngestFile } from "./parse";
import { checkStage, createStage, StageWriter } from "./staging";

/** pg_try_advisory_lock key shared by every instance of the portal ("ingest" in ASCII). */
export const INGEST_LOCK_KEY = 0x696e67657374;

export interface IngestRequest {
  kind: IngestionKind;
  trigger: IngestionTrigger;
  /** Who or what started it: a staff email, "cron", "scheduler", "api". */
  triggeredBy: string;
  triggeredById?: number | null;
  /** Where the file comes from, for the run record (an URL without secrets, "upload: name.csv", "request body"). */
  source: string;
  /** Opens the file; called once the lock is held, so a failing source is a recorded failed run. */
  open: () => Readable | Promise<Readable>;
  dryRun?: boolean;
  maxBytes?: number;
  now?: Date;
  databaseUrl?: string;
  /**
   * For the in-process scheduler: skip (status "already-done") when a scheduled
   * run has started since this time, so that several instances firing for the
   * same slot one after the other still make one run.
   */
  skipIfScheduledRunSince?: Date;
  /** Told how long each phase took, in ms (read = parse, check and COPY into staging; used by the benchmark). */
  onPhase?: (phase: "read" | "check" | "apply" | "count", ms: number) => void;
  /** Called now and then with the number of rows read (for progress display and tests). */
  onProgress?: (rowsRead: number) => void;
}

/** How a finished run ended (RUNNING is only ever the state of a run in progress). */
export type RunStatus = Exclude<IngestionStatus, "RUNNING">;

export interface CompletedRun {
  status: RunStatus;
  runId: number;
  dryRun: boolean;
  checksum: string | null;
  counts: Counts;
  errors: IngestIssue[];
  errorCount: number;
  /** Dry runs: the first rows that would change (empty otherwise). */
  changes: Change[];
}

export type IngestOutcome = { status: "already-running" } | { status: "already-done"; runId: number } | CompletedRun;

function describeError(error: unknown): Problem {
  if (error instanceof FatalIngestError) return error.problem;
  if (error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError")) return { code: "sourceTimeout" };
  return { code: "unexpected", params: { detail: error instanceof Error ? error.message : String(error) } };
}

export async function runIngestion(request: IngestRequest): Promise<IngestOutcome> {
  const client = await openConnection("portal-ingest", request.databaseUrl ?? connectionString());
  try {
    const { rows } = await client.query<{ locked: boolean }>("SELECT pg_try_advisory_lock($1) AS locked", [INGEST_LOCK_KEY]);
    if (!rows[0].locked) return { status: "already-running" };
    try {
      if (request.skipIfScheduledRunSince) {
        const done = await client.query<{ id: number }>(
          "SELECT id FROM ingestion_run WHERE trigger = 'SCHEDULED' AND NOT dry_run AND started_at >= $1 ORDER BY id LIMIT 1",
          [request.skipIfScheduledRunSince],
        );
        if (done.rows[0]) return { status: "already-done", runId: done.rows[0].id };
      }
      return await runLocked(client, request);
    } finally {
      await client.query("SELECT pg_advisory_unlock($1)", [INGEST_LOCK_KEY]).catch(() => undefined);
    }
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function runLocked(client: pg.Client, request: IngestRequest): Promise<CompletedRun> {
  const startedAt = new Date();
  const dryRun = request.dryRun ?? false;
  const issues = new IssueList();
  const counts: Counts = { read: 0, inserted: 0, updated: 0, unchanged: 0, rejected: 0 };
  let checksum: string | null = null;
  let changes: Change[] = [];

  const marketplaces = await client.query<{ id: number; domain: string }>("SELECT id, lower(domain) AS domain FROM marketplace");
  const domains = new Map(marketplaces.rows.map((m) => [m.domain, m.id]));
  const domainById = new Map(marketplaces.rows.map((m) => [m.id, m.domain]));
  const domainOf = (id: number) => domainById.get(id) ?? String(id);

  await client.query("BEGIN");
  // Duplicate checks and merges hash a whole file's rows: let them do so in memory (this session only).
  await client.query("SET LOCAL work_mem = '128MB'");
  let committed = false;
  try {
    const run = await client.query<{ id: number }>(
      `INSERT INTO ingestion_run (kind, trigger, triggered_by_id, triggered_by, source, dry_run, status, started_at)
       VALUES ($1, $2, $3, $4, $5, $6, 'RUNNING', $7) RETURNING id`,
      [request.kind, request.trigger, request.triggeredById ?? null, request.triggeredBy, request.source, dryRun, startedAt],
    );
    const runId = run.rows[0].id;
    await createStage(client, request.kind);
    const writer = new StageWriter(client, request.kind, DEFAULT_SOURCE);
    let staged = 0;
    let fatal = false;
    let phaseStart = performance.now();
    const phase = (name: "read" | "check" | "apply" | "count") => {
      const now = performance.now();
      request.onPhase?.(name, now - phaseStart);
      phaseStart = now;
    };
    try {
      const input = await request.open();
      const summary = await parseIngestFile(input, {
        kind: request.kind,
        domains,
        maxBytes: request.maxBytes ?? maxBytesFromEnv(),
        now: request.now ?? new Date(),
        issues,
        onRow: (row) => {
          staged++;
          if (request.onProgress && staged % 10_000 === 0) request.onProgress(staged);
          return writer.write(row);
        },
      });
      checksum = summary.checksum;
      counts.read = summary.rowsRead;
      counts.rejected = summary.rowsRejected;
    } catch (error) {
      fatal = true;
      if (error instanceof FatalIngestError) issues.add(error.line, error.column, error.problem);
      else issues.add(null, null, describeError(error));
    } finally {
      await writer.end();
    }

    phase("read");
    // Whole-file checks only make sense when the whole file was read.
    if (!fatal && staged > 0) counts.rejected += await checkStage(client, request.kind, domainOf, issues);
    phase("check");
    if (issues.total === 0) {
      if (dryRun) {
        // What would change, for the person checking a file (a real load skips this extra pass).
        changes = await sampleChanges(client, request.kind, domainOf);
        const would = await countChanges(client, request.kind);
        counts.inserted = would.inserted;
        counts.updated = would.updated + would.removed;
        counts.unchanged = would.staged - would.inserted - would.updated;
        phase("count");
      } else {
        const applied = await applyChanges(client, request.kind, runId);
        counts.inserted = applied.inserted;
        counts.updated = applied.updated + applied.removed;
        counts.unchanged = staged - applied.inserted - applied.updated;
        phase("apply");
        await client.query(
          `UPDATE ingestion_run SET status = 'SUCCEEDED', finished_at = now(), checksum = $2, rows_read = $3, rows_inserted = $4,
                  rows_updated = $5, rows_unchanged = $6, rows_rejected = 0, errors = '[]', error_count = 0 WHERE id = $1`,
          [runId, checksum, counts.read, counts.inserted, counts.updated, counts.unchanged],
        );
        // Delivered to every instance when the run commits (lib/core/cache/listen.ts); this one forgets at once.
        await client.query("SELECT pg_notify($1, 'traffic')", [DATA_CHANGE_CHANNEL]);
        await client.query("COMMIT");
        committed = true;
        invalidateLocal(["traffic"]);
        return { status: "SUCCEEDED", runId, dryRun, checksum, counts, errors: [], errorCount: 0, changes };
      }
    }
  } catch (error) {
    issues.add(null, null, { code: "loadFailed", params: { detail: englishMessage(describeError(error)) } });
  } finally {
    if (!committed) await client.query("ROLLBACK").catch(() => undefined);
  }

  // Failed or dry run: nothing was written; record the run on its own.
  const status: RunStatus = issues.total > 0 ? "FAILED" : "VALIDATED";
  if (status === "FAILED") {
    counts.inserted = 0;
    counts.updated = 0;
    counts.unchanged = 0;
    changes = [];
  }
  const errors = issues.report();
  const recorded = await client.query<{ id: number }>(
    `INSERT INTO ingestion_run (kind, trigger, triggered_by_id, triggered_by, source, checksum, dry_run, status, started_at, finished_at,
                                rows_read, rows_inserted, rows_updated, rows_unchanged, rows_rejected, errors, error_count)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, now(), $10, $11, $12, $13, $14, $15, $16) RETURNING id`,
    [
      request.kind, request.trigger, request.triggeredById ?? null, request.triggeredBy, request.source, checksum, dryRun, status, startedAt,
      counts.read, counts.inserted, counts.updated, counts.unchanged, counts.rejected, JSON.stringify(errors), issues.total,
    ],
  );
  return { status, runId: recorded.rows[0].id, dryRun, checksum, counts, errors, errorCount: issues.total, changes };
}
