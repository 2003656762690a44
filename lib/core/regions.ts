/**
 * The two FEALAC regions: their codes (the region table's keys), the slugs
 * URLs use for them, and the schemas of regions and countries. Every other
 * module takes region codes and slugs from here.
 */
import { z } from "zod";

export const REGION_CODES = ["EAST_ASIA", "LATIN_AMERICA"] as const;
export const RegionCodeSchema = z.enum(REGION_CODES);
export type RegionCode = z.infer<typeof RegionCodeSchema>;

/** How a region is named in URLs and message keys (`regions.east-asia`). */
export const REGION_SLUGS = ["east-asia", "latin-america"] as const;
export type RegionSlug = (typeof REGION_SLUGS)[number];

const SLUG_OF: Record<RegionCode, RegionSlug> = { EAST_ASIA: "east-asia", LATIN_AMERICA: "latin-america" };

export function regionSlugOf(code: RegionCode): RegionSlug {
  return SLUG_OF[code];
}

/** A region filter in a URL: both regions or one of them. */
export const REGION_PARAMS = ["all", ...REGION_SLUGS] as const;
export type RegionParam = (typeof REGION_PARAMS)[number];

/** The region code a filter selects (null: both regions). */
export function regionCodeOf(param: RegionParam | RegionSlug): RegionCode | null {
  return param === "all" ? null : REGION_CODES[REGION_SLUGS.indexOf(param)];
}

/** The other FEALAC region. */
export function otherRegion(code: RegionCode): RegionCode {
  return code === "EAST_ASIA" ? "LATIN_AMERICA" : "EAST_ASIA";
}

export const Iso3Schema = z.string().regex(/^[A-Z]{3}$/, "must be an ISO 3166-1 alpha-3 code such as CHL");

export const RegionSchema = z.object({
  code: RegionCodeSchema,
  nameEn: z.string().min(1),
  nameEs: z.string().min(1),
  sortOrder: z.int(),
});

export const CountrySchema = z
  .object({
    iso3: Iso3Schema,
    iso2: z.string().regex(/^[A-Z]{2}$/),
    isoNumeric: z.string().regex(/^\d{3}$/),
    nameEn: z.string().min(1),
    nameEs: z.string().min(1),
    region: RegionCodeSchema.nullable(),
    isFealacMember: z.boolean(),
  })
  .refine((c) => !c.isFealacMember || c.region !== null, {
    message: "a FEALAC member belongs to a region",
    path: ["region"],
  });
export type CountryInput = z.infer<typeof CountrySchema>;
