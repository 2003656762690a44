import { z } from "zod";
import { CyberlawArea, DigitalStriArea, RegulationFramework } from "@/lib/generated/prisma/enums";

const bilingual = z.object({ en: z.string().trim().min(1), es: z.string().trim().min(1) });

export const RegulationIndicatorSeedSchema = z.object({
  code: z.string().regex(/^(P\d{2}|TF)\.\d+$/),
  nameEn: z.string().trim().min(1),
  nameEs: z.string().trim().min(1),
  /** What a score of 0 (open), 0.5 (partial) and 1 (restrictive) means. */
  scoring: z.object({ "0": bilingual, "0.5": bilingual, "1": bilingual }),
  weight: z.number().positive(),
  digitalStriArea: z.enum(DigitalStriArea).nullable(),
  cyberlawArea: z.enum(CyberlawArea).nullable(),
});

export const RegulationPillarSeedSchema = z.object({
  number: z.int().min(1),
  code: z.string().regex(/^(P\d{2}|TF)$/),
  framework: z.enum(RegulationFramework),
  nameEn: z.string().trim().min(1),
  nameEs: z.string().trim().min(1),
  indicators: z.array(RegulationIndicatorSeedSchema).min(1),
});

export const RegulationTaxonomySeedSchema = z.object({
  source: z.string().min(1),
  pillars: z.array(RegulationPillarSeedSchema).min(1),
});
export type RegulationTaxonomySeed = z.infer<typeof RegulationTaxonomySeedSchema>;
