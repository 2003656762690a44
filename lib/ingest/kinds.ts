/**
 * The four ingestion file formats (docs/design.md §5) and how each value is checked,
 * with Zod (each message is a value.* problem code, lib/ingest/problems.ts). Each checked row becomes the tab-separated line that is copied
 * into the run's staging table.
 */
import { z } from "zod";
import { isIso3 } from "@/lib/core/i18n/country-names";
import { AgeGroup, Gender, IngestionKind } from "@/lib/generated/prisma/enums";

export { IngestionKind };
export const INGESTION_KINDS = Object.values(IngestionKind);

/** Every ingested row names where it comes from; this is used when a file has no `source` column. */
export const DEFAULT_SOURCE = "traffic ingestion";

/** Shares of one marketplace-year may add up to 1 ± this (rounding in the source data). */
export const SHARE_SUM_TOLERANCE = 0.02;

/** The first year any breakdown may describe. */
export const FIRST_YEAR = 1990;

export const AGE_GROUPS: Record<string, string> = {
  "18-24": "AGE_18_24",
  "25-34": "AGE_25_34",
  "35-44": "AGE_35_44",
  "45-54": "AGE_45_54",
  "55-64": "AGE_55_64",
  "65+": "AGE_65_PLUS",
};

const domain = z
  .string()
  .max(253, "tooLong")
  .regex(/^(?=.*\.)[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$/, "notDomain");

const source = z.string().max(500, "tooLong");

/** `now` is passed in so that "future" is decided once per run. */
function monthSchema(now: Date) {
  const current = now.getUTCFullYear() * 12 + now.getUTCMonth();
  return z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, "notMonth")
    .refine((m) => Number(m.slice(0, 4)) >= FIRST_YEAR, "beforeFirstYear")
    .refine((m) => Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7)) - 1 <= current, "inFuture")
    .transform((m) => `${m}-01`);
}

function yearSchema(now: Date) {
  return z
    .string()
    .regex(/^\d{4}$/, "notYear")
    .transform(Number)
    .refine((y) => y >= FIRST_YEAR, "beforeFirstYear")
    .refine((y) => y <= now.getUTCFullYear(), "inFuture");
}

const visits = z
  .string()
  .regex(/^-?\d+(\.\d+)?$/, "notVisits")
  .refine((v) => !v.startsWith("-"), "negativeVisits")
  .refine((v) => /^\d+$/.test(v), "notWholeNumber")
  .refine((v) => v.length < 16, "visitsTooLarge");

const share = z
  .string()
  .regex(/^-?(\d+(\.\d*)?|\.\d+)$/, "notShare")
  .transform(Number)
  .refine((s) => s >= 0 && s <= 1, "shareOutOfRange");

const origin = z
  .string()
  .transform((s) => s.toUpperCase())
  .refine((s) => s === "OTHER" || isIso3(s), "notCountry");

const gender = z
  .string()
  .transform((s) => s.toUpperCase())
  .refine((s) => (Object.values(Gender) as string[]).includes(s), "notGender");

const ageGroup = z
  .string()
  .transform((s) => AGE_GROUPS[s] ?? ((Object.values(AgeGroup) as string[]).includes(s.toUpperCase()) ? s.toUpperCase() : ""))
  .refine((s) => s !== "", "notAgeGroup");

export interface KindSpec {
  kind: IngestionKind;
  /** Required columns in their documented order; `source` is always optional. */
  columns: string[];
  /** The column that, with domain and period, identifies a row. */
  keyColumn: string;
  periodColumn: "month" | "year";
  schemas(now: Date): Record<string, z.ZodType<string | number>>;
}

const SPECS: Record<IngestionKind, KindSpec> = {
  TRAFFIC: { kind: "TRAFFIC", columns: ["domain", "month", "visits"], keyColumn: "month", periodColumn: "month", schemas: (now) => ({ domain, month: monthSchema(now), visits, source }) },
  ORIGIN: { kind: "ORIGIN", columns: ["domain", "year", "origin_iso3", "share"], keyColumn: "origin_iso3", periodColumn: "year", schemas: (now) => ({ domain, year: yearSchema(now), origin_iso3: origin, share, source }) },
  GENDER: { kind: "GENDER", columns: ["domain", "year", "gender", "share"], keyColumn: "gender", periodColumn: "year", schemas: (now) => ({ domain, year: yearSchema(now), gender, share, source }) },
  AGE: { kind: "AGE", columns: ["domain", "year", "age_group", "share"], keyColumn: "age_group", periodColumn: "year", schemas: (now) => ({ domain, year: yearSchema(now), age_group: ageGroup, share, source }) },
};

export function kindSpec(kind: IngestionKind): KindSpec {
  return SPECS[kind];
}

export function parseKind(value: string | null | undefined): IngestionKind | null {
  const upper = (value ?? "").toUpperCase();
  if (upper === "MONTHLY") return "TRAFFIC";
  return (INGESTION_KINDS as string[]).includes(upper) ? (upper as IngestionKind) : null;
}
