/**
 * Zod schemas of the JSON API's answers, built from each dataset's columns;
 * the OpenAPI document is generated from these and from the filter schemas.
 */
import { z } from "zod";
import type { ColumnSpec } from "@/lib/core/columns";
import { INT4_MAX } from "@/lib/core/schema-parts";
import type { Dataset } from "./types";

export const MAX_LIMIT = 1000;
export const DEFAULT_LIMIT = 100;

export const pagingFields = {
  limit: z.coerce.number().int().min(1).max(MAX_LIMIT).default(DEFAULT_LIMIT).describe(`Rows per page, 1–${MAX_LIMIT}`),
  cursor: z.string().max(200).optional().describe("Opaque cursor from the previous page's next_cursor"),
};

function columnSchema(c: ColumnSpec) {
  const base =
    c.type === "integer" ? z.int() : c.type === "number" ? z.number() : c.type === "boolean" ? z.boolean() : c.type === "date" ? z.iso.date() : z.string();
  return base.nullable().describe(c.unit ? `${c.description} (${c.unit})` : c.description);
}

export function rowSchema(dataset: Dataset) {
  return z.object(Object.fromEntries(dataset.columns.map((c) => [c.name, columnSchema(c)])));
}

export function pageSchema(dataset: Dataset) {
  return z.object({
    dataset: z.literal(dataset.id),
    data_version: z.string().describe("When the data last changed (UTC, YYYYMMDDTHHMMSSmmm)"),
    total: z.int().describe("Rows in the whole selection"),
    limit: z.int(),
    next_cursor: z.string().nullable().describe("Cursor of the next page; null on the last page"),
    notice: z.string().optional().describe("Present when rows with data_status=demonstration carry generated figures"),
    columns: z.array(z.object({ name: z.string(), type: z.string(), unit: z.string().optional(), description: z.string() })),
    rows: z.array(rowSchema(dataset)),
  });
}

export const errorSchema = z.object({
  error: z.object({
    code: z.enum(["invalid_parameter", "stale_cursor", "not_found", "rate_limited"]),
    message: z.string(),
    parameter: z.string().nullable().describe("The query parameter at fault, when there is one"),
  }),
});

export const DEMO_NOTICE = "Rows whose data_status is \"demonstration\" carry generated traffic figures (demonstration data), not real measurements.";

/** Cursor: base64url of the next offset and the data version it belongs to. */
export function encodeCursor(offset: number, version: string): string {
  return Buffer.from(JSON.stringify({ o: offset, v: version })).toString("base64url");
}

/** What a cursor holds: an offset a query can use (int4, like the row count), and the data version it was given at. */
const CursorSchema = z.object({ o: z.int().min(0).max(INT4_MAX), v: z.string().max(40) });

/** The position a cursor names, or null for anything this API did not give (bad base64 or JSON, an offset of 1e300). */
export function decodeCursor(cursor: string): { offset: number; version: string } | null {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    return null;
  }
  const parsed = CursorSchema.safeParse(value);
  return parsed.success ? { offset: parsed.data.o, version: parsed.data.v } : null;
}
