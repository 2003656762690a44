/**
 * Turns PostgreSQL's COPY text format (one row per line, tab-separated,
 * backslash escapes, \N for NULL) into CSV records with the shared guard
 * applied to text columns, written as CSV by csv-stringify. Works on any
 * chunking of the input; holds at most one chunk and one partial line, so
 * memory does not grow with the number of rows.
 */
import { Transform, type TransformCallback } from "node:stream";
import { stringify } from "csv-stringify/sync";
import { BOM, CSV_OPTIONS, guardText } from "@/lib/core/csv/guard";
import type { ColumnType } from "@/lib/core/columns";

const ESCAPES: Record<string, string> = { b: "\b", f: "\f", n: "\n", r: "\r", t: "\t", v: "\v", "\\": "\\" };

export function unescapeCopyField(field: string): string | null {
  if (field === "\\N") return null;
  if (!field.includes("\\")) return field;
  return field.replace(/\\(.)/g, (_, c: string) => ESCAPES[c] ?? c);
}

export type CsvValue = string | boolean | null;

/** One COPY text line → a record: text guarded, booleans as booleans, NULL as empty. */
export function copyLineToRecord(line: string, types: readonly ColumnType[]): CsvValue[] {
  const fields = line.split("\t");
  const out: CsvValue[] = new Array(fields.length);
  for (let i = 0; i < fields.length; i++) {
    const v = unescapeCopyField(fields[i]);
    const type = types[i];
    out[i] = v === null ? null : type === "string" ? guardText(v) : type === "boolean" ? v === "t" : v;
  }
  return out;
}

/**
 * COPY text in, CSV text out: each incoming chunk's complete lines become
 * records (guarded) and are written by csv-stringify as one batch, so the
 * library runs once per chunk instead of once per row. Starts with the BOM
 * (when asked) and the header row.
 */
export class CopyTextToCsv extends Transform {
  private rest: Buffer | null = null;
  private started = false;
  public rows = 0;

  constructor(
    private readonly types: readonly ColumnType[],
    private readonly header: readonly string[],
    private readonly bom = false,
  ) {
    super();
  }

  private pushRecords(records: CsvValue[][]): void {
    if (!this.started) {
      this.started = true;
      records.unshift([...this.header]);
      if (this.bom) this.push(BOM);
    }
    if (records.length) this.push(stringify(records, CSV_OPTIONS));
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    const data = this.rest ? Buffer.concat([this.rest, chunk]) : chunk;
    const records: CsvValue[][] = [];
    let start = 0;
    let end: number;
    while ((end = data.indexOf(10, start)) !== -1) {
      records.push(copyLineToRecord(data.toString("utf8", start, end), this.types));
      start = end + 1;
    }
    this.rows += records.length;
    this.rest = start < data.length ? data.subarray(start) : null;
    this.pushRecords(records);
    callback();
  }

  override _flush(callback: TransformCallback): void {
    const records = this.rest?.length ? [copyLineToRecord(this.rest.toString("utf8"), this.types)] : [];
    this.rows += records.length;
    this.pushRecords(records);
    callback();
  }
}
