/** Reads the curated files in prisma/seed-data/ and validates them. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { z } from "zod";
import { CountrySchema, RegionSchema } from "@/lib/core/regions";
import { RegulationSourceRowSchema } from "@/lib/core/sources/schema";
import { IndicatorSeedSchema, IndicatorValueRowSchema } from "@/lib/explorer/schemas/indicator";
import { MarketplaceSeedSchema } from "@/lib/explorer/schemas/marketplace";
import { PolicySeedSchema, PolicyVocabulariesSchema } from "@/lib/policies/schemas/policy";
import { ResearchPolicyRowSchema } from "@/lib/policies/schemas/research-policy";
import { RegulationEntryRowSchema } from "@/lib/regulations/schemas/entry-import";
import { RegulationTaxonomySeedSchema } from "@/lib/regulations/schemas/taxonomy";

const DIR = path.join(process.cwd(), "prisma", "seed-data");

function validated<T>(file: string, schema: z.ZodType<T>, data: unknown, firstLine = 0): T {
  const result = schema.safeParse(data);
  if (!result.success) {
    const problems = result.error.issues
      .slice(0, 10)
      .map((issue) => {
        // A CSV row's index becomes its line in the file (the header is line 1).
        const [row, ...rest] = issue.path;
        const where = firstLine && typeof row === "number" ? `line ${row + firstLine}${rest.length ? `, ${rest.join(".")}` : ""}` : issue.path.join(".") || "(root)";
        return `  ${where}: ${issue.message}`;
      })
      .join("\n");
    throw new Error(`prisma/seed-data/${file} is invalid:\n${problems}`);
  }
  return result.data;
}

function readJson<T>(file: string, schema: z.ZodType<T>): T {
  return validated(file, schema, JSON.parse(readFileSync(path.join(DIR, file), "utf8")));
}

function readCsv<T>(file: string, schema: z.ZodType<T>): T[] {
  const rows = parse(readFileSync(path.join(DIR, file)), { columns: true, bom: true });
  return validated(file, z.array(schema), rows, 2);
}

export function loadSeedData() {
  const countries = readJson(
    "countries.json",
    z.object({ regions: z.array(RegionSchema), countries: z.array(CountrySchema) }),
  );
  return {
    ...countries,
    indicators: readJson("indicators/indicators.json", z.array(IndicatorSeedSchema)),
    indicatorValues: readCsv("indicators/fealac_indicators.csv", IndicatorValueRowSchema),
    marketplaces: readJson("marketplaces.json", z.array(MarketplaceSeedSchema)),
    regulation: readJson("regulation-taxonomy.json", RegulationTaxonomySeedSchema),
    regulationSources: readCsv("regulations/sources.csv", RegulationSourceRowSchema),
    regulationEntries: readCsv("regulations/entries.csv", RegulationEntryRowSchema),
    vocabularies: readJson("policies/vocabularies.json", PolicyVocabulariesSchema),
    policies: readJson("policies/documented.json", z.array(PolicySeedSchema)),
    researchPolicies: readCsv("policies/policies-research.csv", ResearchPolicyRowSchema),
  };
}
export type SeedData = ReturnType<typeof loadSeedData>;
