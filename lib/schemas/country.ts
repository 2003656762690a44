import { z } from "zod";

export const REGION_CODES = ["EAST_ASIA", "LATIN_AMERICA"] as const;
export const RegionCodeSchema = z.enum(REGION_CODES);
export type RegionCode = z.infer<typeof RegionCodeSchema>;

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
