/**
 * CSV for analysts: RFC 4180 quoting (csv-stringify), UTF-8 with a BOM so
 * that spreadsheets detect the encoding, and a guard against formula
 * injection — a cell that starts with = + - @, a tab or a carriage return is
 * prefixed with ' so that a spreadsheet shows it as text instead of running it.
 */
import { stringify } from "csv-stringify/sync";

const FORMULA_START = /^[=+\-@\t\r]/;

export type CsvCell = string | number | boolean | null | undefined;

export function guardCell(value: CsvCell): string | number | boolean | null {
  if (value === undefined || value === null) return null;
  if (typeof value === "string" && FORMULA_START.test(value)) return `'${value}`;
  return value;
}

export interface CsvTable {
  columns: string[];
  rows: CsvCell[][];
}

export function toCsv({ columns, rows }: CsvTable): string {
  return "\uFEFF" + stringify([columns, ...rows.map((r) => r.map(guardCell))], { record_delimiter: "\r\n", cast: { boolean: (b) => (b ? "true" : "false") } });
}

export function csvResponse(csv: string, filename: string): Response {
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "no-store",
    },
  });
}
