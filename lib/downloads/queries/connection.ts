import "server-only";
/**
 * A dedicated pg connection per extract (COPY needs a raw client), in a
 * read-only transaction whose local setting `portal.download` carries the
 * selection as JSON (bound as a parameter; see lib/downloads/sql.ts).
 */
import type pg from "pg";
import { openConnection } from "@/lib/core/db";
import { sqlParams, type Selection } from "@/lib/downloads/filters";

export const APPLICATION_NAME = "portal-download";

export async function openSelection(selection: Selection): Promise<pg.Client> {
  const client = await openConnection(APPLICATION_NAME);
  try {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    await client.query("SELECT set_config('portal.download', $1, true)", [JSON.stringify(sqlParams(selection))]);
  } catch (error) {
    await client.end().catch(() => {});
    throw error;
  }
  return client;
}

/** Stops whatever the connection runs, from a second connection, then drops it. */
export async function cancelAndClose(client: pg.Client): Promise<void> {
  const pid = (client as unknown as { processID?: number }).processID;
  const socket = (client as unknown as { connection?: { stream?: { destroy(): void } } }).connection?.stream;
  socket?.destroy();
  if (pid) {
    let killer: pg.Client | undefined;
    try {
      killer = await openConnection(`${APPLICATION_NAME}-cancel`);
      await killer.query("SELECT pg_cancel_backend($1)", [pid]);
    } catch {
      // the backend is gone already
    } finally {
      await killer?.end().catch(() => {});
    }
  }
  await client.end().catch(() => {});
}

/** Data version: when data that feeds the downloads last changed (ingestion runs and edits). */
export async function dataVersion(client: pg.ClientBase): Promise<string> {
  const { rows } = await client.query<{ v: string | null }>(`
    SELECT to_char(greatest(
      (SELECT max(finished_at) FROM ingestion_run WHERE status = 'SUCCEEDED' AND NOT dry_run),
      (SELECT max(updated_at) FROM marketplace),
      (SELECT max(updated_at) FROM regulation_entry),
      (SELECT max(updated_at) FROM policy),
      (SELECT max(updated_at) FROM traffic_monthly WHERE ingestion_run_id IS NULL AND id = (SELECT max(id) FROM traffic_monthly))
    ) AT TIME ZONE 'UTC', 'YYYYMMDD"T"HH24MISSMS') AS v`);
  return rows[0]?.v ?? "empty";
}
