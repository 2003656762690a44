/**
 * A downloadable dataset: its filters (a Zod schema over query parameters),
 * its columns (name, type, unit, description — the data dictionary used by
 * the CSV header, the JSON API, the OpenAPI document and datapackage.json) and
 * a builder for its SQL.
 */
import type { z } from "zod";
import type { FilterName, Selection } from "./filters";

export type ColumnType = "string" | "integer" | "number" | "date" | "boolean";

export interface Column {
  name: string;
  type: ColumnType;
  unit?: string;
  description: string;
}

export interface Dataset {
  id: string;
  description: string;
  /** Whether rows carry generated (demonstration) figures that must be labelled. */
  hasDataStatus: boolean;
  /** What one period is, when the dataset has periods. */
  period?: "month" | "quarter" | "year";
  filterNames: readonly FilterName[];
  filters: z.ZodType<Selection>;
  columns: Column[];
  /** The SELECT, columns in `columns` order, with a stable ORDER BY. */
  sql(selection: Selection): string;
}

/** Header of a column in CSV: its name, with the unit in brackets when it has one. */
export function csvHeader(column: Column): string {
  return column.unit ? `${column.name} [${column.unit}]` : column.name;
}
