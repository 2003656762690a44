/** Reads the curated files in prisma/seed-data/ and validates them. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { z } from "zod";
import { CountrySchema, RegionSchema } from "@/lib/core/regions";
import { IndicatorSchema, IndicatorValueRowSchema } from "@/lib/explorer/schemas/indicator";
import { MarketplaceSeedSchema } from "@/lib/explorer/schemas/marketplace";
import { PolicySeedSchema, PolicyVocabulariesSchema } from "@/lib/policies/schemas/policy";
import { RegulationTaxonomySeedSchema } from "@/lib/regulations/schemas/taxonomy";

const DIR = path.join(process.cwd(), "prisma", "seed-data");

function validated<T>(file: string, schema: z.ZodType<T>, data: unknown): T {
  const result = schema.safeParse(data);
  if (!result.success) {
    const problems = result.error.issues
      .slice(0, 10)
      .map((issue) => `  ${issue.path.join(".") || "(root)"}: ${issue.message}`)
      .join("\n");
    throw new Error(`prisma/seed-data/${file} is invalid:\n${problems}`);
  }
  return result.data;
}

function readJson<T>(file: string, schema: z.ZodType<T>): T {
  return validated(file, schema, JSON.parse(readFileSync(path.join(DIR, file), "utf8")));
}

export function loadSeedData() {
  const countries = readJson(
    "countries.json",
    z.object({ regions: z.array(RegionSchema), countries: z.array(CountrySchema) }),
  );
  const indicatorFile = "indicators/fealac_indicators.csv";
  const indicatorRows = parse(readFileSync(path.join(DIR, indicatorFile)), { columns: true, bom: true });
  return {
    ...countries,
    indicators: readJson("indicators/indicators.json", z.array(IndicatorSchema)),
    indicatorValues: validated(indicatorFile, z.array(IndicatorValueRowSchema), indicatorRows),
    marketplaces: readJson("marketplaces.json", z.array(MarketplaceSeedSchema)),
    regulation: readJson("regulation-taxonomy.json", RegulationTaxonomySeedSchema),
    vocabularies: readJson("policy-vocabularies.json", PolicyVocabulariesSchema),
    policies: readJson("policies.json", z.array(PolicySeedSchema)),
  };
}
export type SeedData = ReturnType<typeof loadSeedData>;
