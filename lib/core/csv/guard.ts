/**
 * The one formula-injection guard and CSV dialect shared by every CSV the
 * portal writes (per-view downloads and streamed dataset extracts): a text
 * cell that starts with = + - @, a tab or a carriage return is prefixed with '
 * so that a spreadsheet shows it as text instead of running it. Numbers are
 * never guarded (a negative number stays a number). Quoting is RFC 4180
 * through csv-stringify, records end with CRLF, booleans are true/false.
 */
import type { Options } from "csv-stringify";

const FORMULA_START = /^[=+\-@\t\r]/;

export type CsvCell = string | number | boolean | null | undefined;

export function guardText(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

export function guardCell(value: CsvCell): string | number | boolean | null {
  if (value === undefined || value === null) return null;
  if (typeof value === "string") return guardText(value);
  return value;
}

export const CSV_OPTIONS: Options = {
  record_delimiter: "\r\n",
  cast: { boolean: (b) => (b ? "true" : "false") },
};

/** Byte order mark: spreadsheets then read the file as UTF-8. */
export const BOM = "\uFEFF";
