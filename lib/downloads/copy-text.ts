/**
 * Turns PostgreSQL's COPY text format (one row per line, tab-separated,
 * backslash escapes, \N for NULL) into CSV records with the shared guard
 * applied to text columns. Works on any chunking of the input; holds at most
 * one partial line, so memory does not grow with the number of rows.
 */
import { Transform, type TransformCallback } from "node:stream";
import { guardText } from "../csv/guard";
import type { ColumnType } from "./types";

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

export class CopyTextToRecords extends Transform {
  private rest: Buffer | null = null;
  public rows = 0;

  constructor(private readonly types: readonly ColumnType[]) {
    super({ readableObjectMode: true, readableHighWaterMark: 256 });
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    const data = this.rest ? Buffer.concat([this.rest, chunk]) : chunk;
    let start = 0;
    let end: number;
    while ((end = data.indexOf(10, start)) !== -1) {
      this.push(copyLineToRecord(data.toString("utf8", start, end), this.types));
      this.rows++;
      start = end + 1;
    }
    this.rest = start < data.length ? data.subarray(start) : null;
    callback();
  }

  override _flush(callback: TransformCallback): void {
    if (this.rest?.length) {
      this.push(copyLineToRecord(this.rest.toString("utf8"), this.types));
      this.rows++;
    }
    callback();
  }
}
