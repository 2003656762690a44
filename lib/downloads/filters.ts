/**
 * Query parameters shared by every dataset (CSV download, preview page and
 * JSON API): shape, region, countries, marketplaces, marketplace
 * characteristics and a period range. Lists are comma-separated. Periods are
 * YYYY or YYYY-MM; a cross-section takes one `period`, a time series a
 * `from`–`to` range. Parsed values become one JSON object that the SQL reads
 * through a transaction-local setting (see ./sql), so no value is ever
 * spliced into SQL text.
 */
import { z } from "zod";
import { REGION_CODES, type RegionCode } from "@/lib/core/regions";
import { MarketplaceSlugSchema } from "@/lib/explorer/schemas/marketplace";
import { BusinessModel, MarketplaceCategory, Sector } from "@/lib/generated/prisma/enums";

const PERIOD = /^\d{4}(-(0[1-9]|1[0-2]))?$/;
const list = (item: z.ZodType<string, string>, max: number) =>
  z
    .string()
    .max(4000)
    .transform((s) => s.split(",").map((v) => v.trim()).filter(Boolean))
    .pipe(z.array(item).max(max));

export const SHAPES = ["time-series", "cross-section"] as const;
/** Choices of the marketplace filters, in the database enums' order. */
export const CATEGORIES = Object.values(MarketplaceCategory);
export const BUSINESS_MODELS = Object.values(BusinessModel);
export const SECTORS = Object.values(Sector);

export const filterFields = {
  shape: z.enum(SHAPES).default("time-series").describe("time-series: every period in from–to; cross-section: the one `period`"),
  region: z.enum(REGION_CODES).optional().describe("FEALAC region"),
  countries: list(z.string().regex(/^[A-Za-z]{3}$/).transform((s) => s.toUpperCase()), 60).optional().describe("Comma-separated ISO 3166-1 alpha-3 codes"),
  marketplaces: list(MarketplaceSlugSchema, 200).optional().describe("Comma-separated marketplace slugs"),
  category: z.enum(MarketplaceCategory).optional().describe("Marketplace category"),
  business_model: z.enum(BusinessModel).optional().describe("Marketplace business model"),
  sector: z.enum(Sector).optional().describe("Marketplace sector"),
  transactional: z.enum(["true", "false"]).optional().describe("Buy online on the site (true) or listings only (false)"),
  from: z.string().regex(PERIOD).optional().describe("First period, YYYY or YYYY-MM"),
  to: z.string().regex(PERIOD).optional().describe("Last period, YYYY or YYYY-MM"),
  period: z.string().regex(PERIOD).optional().describe("The period of a cross-section, YYYY or YYYY-MM"),
};

export type FilterName = keyof typeof filterFields;

/** Filters of a marketplace-level dataset with periods. */
export const periodFilters = ["shape", "region", "countries", "marketplaces", "category", "business_model", "sector", "transactional", "from", "to", "period"] as const;
export const marketplaceFilters = ["region", "countries", "marketplaces", "category", "business_model", "sector", "transactional"] as const;
export const countryPeriodFilters = ["shape", "region", "countries", "from", "to", "period"] as const;
export const countryFilters = ["region", "countries"] as const;

export function filterSchema<K extends FilterName>(names: readonly K[]) {
  const shape = Object.fromEntries(names.map((n) => [n, filterFields[n]])) as Pick<typeof filterFields, K>;
  return z.strictObject(shape);
}

/** Parsed filters, as the SQL sees them. */
export interface Selection {
  shape?: (typeof SHAPES)[number];
  region?: RegionCode;
  countries?: string[];
  marketplaces?: string[];
  category?: MarketplaceCategory;
  business_model?: BusinessModel;
  sector?: Sector;
  transactional?: string;
  from?: string;
  to?: string;
  period?: string;
}

/** First day of the first month of a period ("2024" → 2024-01-01, "2024-05" → 2024-05-01). */
export function periodStart(p: string): string {
  return p.length === 4 ? `${p}-01-01` : `${p}-01`;
}

/** First day of the last month of a period ("2024" → 2024-12-01). */
export function periodEnd(p: string): string {
  return p.length === 4 ? `${p}-12-01` : `${p}-01`;
}

/** The values the SQL reads: the selection with its period turned into dates. */
export function sqlParams(s: Selection): Record<string, unknown> {
  const from = s.shape === "cross-section" ? s.period : s.from;
  const to = s.shape === "cross-section" ? s.period : s.to;
  return {
    ...s,
    from_date: from ? periodStart(from) : undefined,
    to_date: to ? periodEnd(to) : undefined,
    from_year: from ? Number(from.slice(0, 4)) : undefined,
    to_year: to ? Number(to.slice(0, 4)) : undefined,
  };
}
