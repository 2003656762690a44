import "server-only";
/**
 * Rows of a dataset as JSON values, for the downloads preview and the JSON
 * API: dates stay ISO strings, bigints and numerics become numbers.
 */
import type pg from "pg";
import type { Selection } from "@/lib/downloads/filters";
import type { Dataset } from "@/lib/downloads/types";
import { dataVersion, openSelection } from "./connection";

export type JsonValue = string | number | boolean | null;

const DATE = 1082;
const NUMBERS = new Set([20, 21, 23, 700, 701, 1700]);

const types = {
  getTypeParser: (oid: number) => (oid === DATE ? (v: string) => v : NUMBERS.has(oid) ? (v: string) => Number(v) : (v: string) => v),
};

function boolFix(dataset: Dataset, row: unknown[]): JsonValue[] {
  return row.map((v, i) => (dataset.columns[i].type === "boolean" && typeof v === "string" ? v === "t" : (v as JsonValue)));
}

export interface RowsPage {
  columns: Dataset["columns"];
  rows: JsonValue[][];
  total: number;
  version: string;
}

async function inSelection<T>(selection: Selection, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = await openSelection(selection);
  try {
    const result = await work(client);
    await client.query("COMMIT");
    return result;
  } finally {
    await client.end().catch(() => {});
  }
}

/** `limit` rows from `offset`, the total row count and the data version, in one snapshot. */
export function getRows(dataset: Dataset, selection: Selection, offset: number, limit: number): Promise<RowsPage> {
  return inSelection(selection, async (client) => {
    const sql = dataset.sql(selection);
    const page = await client.query<unknown[]>({ text: `SELECT * FROM (${sql}) q LIMIT $1 OFFSET $2`, values: [limit, offset], rowMode: "array", types });
    const count = await client.query<{ n: string }>(`SELECT count(*) AS n FROM (${sql}) q`);
    return { columns: dataset.columns, rows: page.rows.map((r) => boolFix(dataset, r)), total: Number(count.rows[0].n), version: await dataVersion(client) };
  });
}

export function getDataVersion(): Promise<string> {
  return inSelection({}, dataVersion);
}
