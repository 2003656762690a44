import { z } from "zod";
import { Iso3Schema } from "@/lib/core/regions";
import { SourceSeedSchema } from "@/lib/core/sources/schema";

export const IndicatorSchema = z.object({
  code: z.string().regex(/^[A-Z][A-Z0-9_.]+$/),
  nameEn: z.string().min(1),
  nameEs: z.string().min(1),
  unitEn: z.string().min(1),
  unitEs: z.string().min(1),
  publisher: z.string().min(1),
  sortOrder: z.int(),
});

/** An indicator as the seed file records it, with where its series is published. */
export const IndicatorSeedSchema = IndicatorSchema.extend({ sources: z.array(SourceSeedSchema).min(1) });

/**
 * One row of the long-format indicator file: country_iso3,indicator_code,year,value,source.
 * `source` is the raw provenance (a repository and path, see SOURCES.md); the portal cites the series instead.
 */
export const IndicatorValueRowSchema = z.object({
  country_iso3: Iso3Schema,
  indicator_code: z.string().min(1),
  year: z.coerce.number().int().min(1960).max(2100),
  value: z.coerce.number().finite(),
  source: z.string().min(1),
});
export type IndicatorValueRow = z.infer<typeof IndicatorValueRowSchema>;
