/**
 * CSV of what a view shows, for analysts: UTF-8 with a BOM so that
 * spreadsheets detect the encoding, with the guard and dialect of ./guard
 * (shared with the streamed dataset downloads in lib/downloads/).
 */
import { stringify } from "csv-stringify/sync";
import { BOM, CSV_OPTIONS, guardCell, type CsvCell } from "./guard";

export { guardCell, type CsvCell };

export interface CsvTable {
  columns: string[];
  rows: CsvCell[][];
}

export function toCsv({ columns, rows }: CsvTable): string {
  return BOM + stringify([columns, ...rows.map((r) => r.map(guardCell))], CSV_OPTIONS);
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
