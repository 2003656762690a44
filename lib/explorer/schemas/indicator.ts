import { z } from "zod";
import { Iso3Schema } from "@/lib/core/regions";

export const IndicatorSchema = z.object({
  code: z.string().regex(/^[A-Z][A-Z0-9_.]+$/),
  nameEn: z.string().min(1),
  nameEs: z.string().min(1),
  unitEn: z.string().min(1),
  unitEs: z.string().min(1),
  publisher: z.string().min(1),
  sortOrder: z.int(),
});

/** One row of the long-format indicator file: country_iso3,indicator_code,year,value,source. */
export const IndicatorValueRowSchema = z.object({
  country_iso3: Iso3Schema,
  indicator_code: z.string().min(1),
  year: z.coerce.number().int().min(1960).max(2100),
  value: z.coerce.number().finite(),
  source: z.string().min(1),
});
export type IndicatorValueRow = z.infer<typeof IndicatorValueRowSchema>;
