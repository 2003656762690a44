/**
 * The run's staging table (a TEMP table dropped with the transaction), the
 * COPY stream that fills it, and the whole-file checks that need every row:
 * duplicate keys and shares that do not add up to 1.
 */
import { once } from "node:events";
import { finished } from "node:stream/promises";
import type pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { ISSUE_LIMIT, type IssueList } from "./issues";
import { kindSpec, SHARE_SUM_TOLERANCE, type IngestionKind } from "./kinds";
import type { ParsedRow } from "./parse";

export const STAGE = "ingest_stage";

export async function createStage(client: pg.ClientBase, kind: IngestionKind): Promise<void> {
  const columns =
    kind === "TRAFFIC"
      ? "line integer NOT NULL, marketplace_id integer NOT NULL, period date NOT NULL, visits bigint NOT NULL, source text NOT NULL"
      : "line integer NOT NULL, marketplace_id integer NOT NULL, period smallint NOT NULL, key text NOT NULL, share numeric(7,6) NOT NULL, source text NOT NULL";
  await client.query(`CREATE TEMP TABLE ${STAGE} (${columns}) ON COMMIT DROP`);
}

function escapeCopy(text: string): string {
  return /[\\\t\n\r]/.test(text) ? text.replace(/\\/g, "\\\\").replace(/\t/g, "\\t").replace(/\n/g, "\\n").replace(/\r/g, "\\r") : text;
}

/** Buffers rows into ~256 KB chunks for COPY, waiting when PostgreSQL asks it to. */
export class StageWriter {
  private buffer = "";
  private readonly stream;
  private readonly keyColumn: string;

  constructor(client: pg.ClientBase, kind: IngestionKind, private readonly defaultSource: string) {
    this.stream = client.query(copyFrom(`COPY ${STAGE} FROM STDIN`));
    this.keyColumn = kindSpec(kind).keyColumn;
  }

  /** Returns a promise only when the buffer was sent and COPY asked to wait. */
  write(row: ParsedRow): Promise<void> | undefined {
    const v = row.values;
    const source = escapeCopy((v.source as string | undefined) ?? this.defaultSource);
    this.buffer +=
      this.keyColumn === "month"
        ? `${row.line}\t${row.marketplaceId}\t${v.month}\t${v.visits}\t${source}\n`
        : `${row.line}\t${row.marketplaceId}\t${v.year}\t${v[this.keyColumn]}\t${v.share}\t${source}\n`;
    return this.buffer.length >= 256 * 1024 ? this.flush() : undefined;
  }

  private async flush(): Promise<void> {
    const chunk = this.buffer;
    this.buffer = "";
    if (chunk && !this.stream.write(chunk)) await once(this.stream, "drain");
  }

  async end(): Promise<void> {
    await this.flush();
    this.stream.end();
    await finished(this.stream);
  }
}

/** Duplicate keys and bad share sums listed one by one (the issue list keeps only ISSUE_LIMIT anyway). */
const LISTED = ISSUE_LIMIT;

/** Whole-file checks on the staged rows; returns how many rows they reject. */
export async function checkStage(client: pg.ClientBase, kind: IngestionKind, domainOf: (id: number) => string, issues: IssueList): Promise<number> {
  const spec = kindSpec(kind);
  let rejected = 0;
  const period = kind === "TRAFFIC" ? "to_char(period, 'YYYY-MM')" : "period::text";
  const keys = kind === "TRAFFIC" ? "marketplace_id, period" : "marketplace_id, period, key";
  // The first LISTED keys are listed line by line; the window totals (computed before LIMIT)
  // count every duplicate and every bad sum, so the error count and the rejected rows are whole.
  const duplicates = await client.query<{ marketplace_id: number; period: string; key: string | null; lines: number[]; extra: string }>(
    `SELECT marketplace_id, ${period} AS period, ${kind === "TRAFFIC" ? "NULL" : "key"} AS key,
            array_agg(line ORDER BY line) AS lines, sum(count(*) - 1) OVER () AS extra
       FROM ${STAGE} GROUP BY ${keys} HAVING count(*) > 1 ORDER BY min(line) LIMIT ${LISTED}`,
  );
  let listed = 0;
  for (const d of duplicates.rows) {
    const what = `${domainOf(d.marketplace_id)} ${d.period}${d.key ? ` ${d.key}` : ""}`;
    for (const line of d.lines.slice(1)) issues.add(line, spec.keyColumn, { code: "duplicateRow", params: { key: what, first: d.lines[0] } });
    listed += d.lines.length - 1;
  }
  const duplicateRows = Number(duplicates.rows[0]?.extra ?? 0);
  issues.countMore(duplicateRows - listed);
  rejected += duplicateRows;
  if (kind !== "TRAFFIC") {
    const sums = await client.query<{ marketplace_id: number; period: number; total: string; first: number; groups: string; lines: string }>(
      `SELECT marketplace_id, period, sum(share)::text AS total, min(line) AS first,
              count(*) OVER () AS groups, sum(count(*)) OVER () AS lines
         FROM ${STAGE} GROUP BY marketplace_id, period HAVING abs(sum(share) - 1) > $1 ORDER BY min(line) LIMIT ${LISTED}`,
      [SHARE_SUM_TOLERANCE],
    );
    for (const s of sums.rows) {
      issues.add(s.first, "share", { code: "sharesSum", params: { domain: domainOf(s.marketplace_id), year: s.period, total: Number(s.total), tolerance: SHARE_SUM_TOLERANCE } });
    }
    issues.countMore(Number(sums.rows[0]?.groups ?? 0) - sums.rows.length);
    rejected += Number(sums.rows[0]?.lines ?? 0);
  }
  return rejected;
}
