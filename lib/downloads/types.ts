/**
 * A downloadable dataset: its filters (a Zod schema over query parameters),
 * its columns (the shared data-dictionary entries of lib/core/columns.ts, used
 * by the CSV header, the JSON API, the OpenAPI document and datapackage.json)
 * and a builder for its SQL.
 */
import type { z } from "zod";
import type { ColumnSpec } from "@/lib/core/columns";
import type { FilterName, Selection } from "./filters";

export interface Dataset {
  id: string;
  description: string;
  /** Whether rows carry generated (demonstration) figures that must be labelled. */
  hasDataStatus: boolean;
  /** What one period is, when the dataset has periods. */
  period?: "month" | "quarter" | "year";
  filterNames: readonly FilterName[];
  filters: z.ZodType<Selection>;
  columns: readonly ColumnSpec[];
  /** The SELECT, columns in `columns` order, with a stable ORDER BY. */
  sql(selection: Selection): string;
}
