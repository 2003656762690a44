/**
 * Applies the staged rows to the live tables inside the run's transaction:
 * new rows are inserted, changed ones updated (traffic keeps the old value in
 * traffic_revision with the replacing run), identical ones are left alone, so
 * loading a file twice changes nothing. For breakdown files the file is the
 * whole picture of each marketplace-year it names: shares it no longer lists
 * are removed (counted as updated).
 */
import type pg from "pg";
import { STAGE } from "./staging";
import type { IngestionKind } from "./kinds";

export interface Counts {
  read: number;
  inserted: number;
  updated: number;
  unchanged: number;
  rejected: number;
}

export interface Change {
  line: number;
  domain: string;
  period: string;
  key: string | null;
  before: string;
  after: string;
}

const SHARE_TABLES: Record<Exclude<IngestionKind, "TRAFFIC">, { table: string; key: string; type: string | null }> = {
  ORIGIN: { table: "origin_share", key: "origin", type: null },
  GENDER: { table: "gender_share", key: "gender", type: '"Gender"' },
  AGE: { table: "age_share", key: "age_group", type: '"AgeGroup"' },
};

function target(kind: IngestionKind) {
  if (kind === "TRAFFIC") {
    return {
      table: "traffic_monthly",
      match: "x.marketplace_id = s.marketplace_id AND x.month = s.period",
      changed: "(x.visits, x.source, x.is_demo) IS DISTINCT FROM (s.visits, s.source, false)",
      before: "x.visits::text",
      after: "s.visits::text",
      period: "to_char(s.period, 'YYYY-MM')",
      key: "NULL",
    };
  }
  const t = SHARE_TABLES[kind];
  return {
    table: t.table,
    match: `x.marketplace_id = s.marketplace_id AND x.year = s.period AND x.${t.key}::text = s.key`,
    changed: "(x.share, x.source, x.is_demo) IS DISTINCT FROM (s.share, s.source, false)",
    before: "x.share::text",
    after: "s.share::text",
    period: "s.period::text",
    key: "s.key",
  };
}

/** What the staged rows would do: counts of new and changed rows, and shares that would be removed. */
export async function countChanges(client: pg.ClientBase, kind: IngestionKind): Promise<{ staged: number; inserted: number; updated: number; removed: number }> {
  const t = target(kind);
  const { rows } = await client.query<{ staged: string; inserted: string; updated: string }>(
    `SELECT count(*) AS staged, count(*) FILTER (WHERE x.marketplace_id IS NULL) AS inserted,
            count(*) FILTER (WHERE x.marketplace_id IS NOT NULL AND ${t.changed}) AS updated
       FROM ${STAGE} s LEFT JOIN ${t.table} x ON ${t.match}`,
  );
  let removed = 0;
  if (kind !== "TRAFFIC") {
    const r = await client.query<{ n: string }>(`SELECT count(*) AS n FROM ${t.table} x WHERE ${removedWhere(kind)}`);
    removed = Number(r.rows[0].n);
  }
  return { staged: Number(rows[0].staged), inserted: Number(rows[0].inserted), updated: Number(rows[0].updated), removed };
}

function removedWhere(kind: Exclude<IngestionKind, "TRAFFIC">): string {
  const key = SHARE_TABLES[kind].key;
  return `EXISTS (SELECT 1 FROM ${STAGE} s WHERE s.marketplace_id = x.marketplace_id AND s.period = x.year)
          AND NOT EXISTS (SELECT 1 FROM ${STAGE} s WHERE s.marketplace_id = x.marketplace_id AND s.period = x.year AND s.key = x.${key}::text)`;
}

/** A few of the changes, in file order, to show what a run changes (or would change). */
export async function sampleChanges(client: pg.ClientBase, kind: IngestionKind, domainOf: (id: number) => string, limit = 20): Promise<Change[]> {
  const t = target(kind);
  const { rows } = await client.query<{ line: number; marketplace_id: number; period: string; key: string | null; before: string | null; after: string }>(
    `SELECT s.line, s.marketplace_id, ${t.period} AS period, ${t.key} AS key, CASE WHEN x.marketplace_id IS NULL THEN NULL ELSE ${t.before} END AS before, ${t.after} AS after
       FROM ${STAGE} s LEFT JOIN ${t.table} x ON ${t.match}
      WHERE x.marketplace_id IS NULL OR ${t.changed} ORDER BY s.line LIMIT ${limit}`,
  );
  return rows.map((r) => ({ line: r.line, domain: domainOf(r.marketplace_id), period: r.period, key: r.key, before: r.before ?? "", after: r.after }));
}

/** Writes the staged rows; returns how many rows were inserted, updated and (breakdown shares only) removed. */
export async function applyChanges(client: pg.ClientBase, kind: IngestionKind, runId: number): Promise<{ inserted: number; updated: number; removed: number }> {
  await client.query(`ANALYZE ${STAGE}`);
  const t = target(kind);
  // One counting pass first: a file that changes nothing (the usual reload) then costs no further passes.
  const expected = await countChanges(client, kind);
  if (expected.inserted + expected.updated + expected.removed === 0) return { inserted: 0, updated: 0, removed: 0 };
  if (kind === "TRAFFIC") {
    if (expected.updated === 0) return { inserted: await insertNew(client, runId, t.match), updated: 0, removed: 0 };
    await client.query(
      `INSERT INTO traffic_revision (traffic_id, previous_visits, previous_source, new_visits, replaced_by_run_id)
       SELECT x.id, x.visits, x.source, s.visits, $1 FROM ${STAGE} s JOIN traffic_monthly x ON ${t.match} WHERE ${t.changed}`,
      [runId],
    );
    const updated = await client.query(
      `UPDATE traffic_monthly x SET visits = s.visits, source = s.source, is_demo = false, ingestion_run_id = $1, updated_at = now()
         FROM ${STAGE} s WHERE ${t.match} AND ${t.changed}`,
      [runId],
    );
    const inserted = expected.inserted === 0 ? 0 : await insertNew(client, runId, t.match);
    return { inserted, updated: updated.rowCount ?? 0, removed: 0 };
  }
  const { table, key, type } = SHARE_TABLES[kind];
  const removed = await client.query(`DELETE FROM ${table} x WHERE ${removedWhere(kind)}`);
  const updated = await client.query(
    `UPDATE ${table} x SET share = s.share, source = s.source, is_demo = false, ingestion_run_id = $1
       FROM ${STAGE} s WHERE ${t.match} AND ${t.changed}`,
    [runId],
  );
  const inserted = await client.query(
    `INSERT INTO ${table} (marketplace_id, year, ${key}, share, source, is_demo, ingestion_run_id)
     SELECT s.marketplace_id, s.period, s.key${type ? `::${type}` : ""}, s.share, s.source, false, $1 FROM ${STAGE} s
      WHERE NOT EXISTS (SELECT 1 FROM ${table} x WHERE ${t.match})`,
    [runId],
  );
  return { inserted: inserted.rowCount ?? 0, updated: updated.rowCount ?? 0, removed: removed.rowCount ?? 0 };
}

async function insertNew(client: pg.ClientBase, runId: number, match: string): Promise<number> {
  const inserted = await client.query(
    `INSERT INTO traffic_monthly (marketplace_id, month, visits, source, is_demo, ingestion_run_id, updated_at)
     SELECT s.marketplace_id, s.period, s.visits, s.source, false, $1, now() FROM ${STAGE} s
      WHERE NOT EXISTS (SELECT 1 FROM traffic_monthly x WHERE ${match})`,
    [runId],
  );
  return inserted.rowCount ?? 0;
}
