/** The regulation taxonomy: RDTII pillars and indicators, plus trade-facilitation topics; and the seeded entries. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import type { SeedData } from "./seed-data";
import type { Transaction } from "./transaction";

export async function seedRegulationTaxonomy(tx: Transaction, data: SeedData): Promise<void> {
  for (const { indicators, ...pillar } of data.regulation.pillars) {
    const { id: pillarId } = await tx.regulationPillar.upsert({
      where: { code: pillar.code },
      create: pillar,
      update: pillar,
      select: { id: true },
    });
    for (const [index, indicator] of indicators.entries()) {
      const row = {
        code: indicator.code,
        pillarId,
        position: index + 1,
        nameEn: indicator.nameEn,
        nameEs: indicator.nameEs,
        score0En: indicator.scoring["0"].en,
        score0Es: indicator.scoring["0"].es,
        scoreHalfEn: indicator.scoring["0.5"].en,
        scoreHalfEs: indicator.scoring["0.5"].es,
        score1En: indicator.scoring["1"].en,
        score1Es: indicator.scoring["1"].es,
        weight: indicator.weight,
        digitalStriArea: indicator.digitalStriArea,
        cyberlawArea: indicator.cyberlawArea,
      };
      await tx.regulationIndicator.upsert({ where: { code: indicator.code }, create: row, update: row });
    }
  }
}

const ENTRIES_FILE = path.join(process.cwd(), "prisma", "seed-data", "regulation-entries.json");

const RegulationEntrySeedSchema = z.object({
  country: z.string().regex(/^[A-Z]{3}$/),
  indicator: z.string().regex(/^(P\d{2}|TF)\.\d+$/),
  status: z.enum(["IN_FORCE", "PARTIAL", "DRAFT", "NONE"]),
  score: z.union([z.literal(0), z.literal(0.5), z.literal(1)]),
  instrumentName: z.string().trim().min(1),
  instrumentNumber: z.string().trim().min(1).nullable(),
  instrumentYear: z.int().min(1800).max(2100),
  description: z.string().trim().min(1),
  sourceUrls: z.array(z.url()).min(1).max(5),
  verifiedOn: z.null(),
  verifiedBy: z.null(),
});
const RegulationEntriesFileSchema = z.object({ source: z.string().min(1), entries: z.array(RegulationEntrySeedSchema) });

export function loadRegulationEntries() {
  const parsed = RegulationEntriesFileSchema.safeParse(JSON.parse(readFileSync(ENTRIES_FILE, "utf8")));
  if (!parsed.success) {
    const problems = parsed.error.issues.slice(0, 10).map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n");
    throw new Error(`prisma/seed-data/regulation-entries.json is invalid:\n${problems}`);
  }
  return parsed.data.entries;
}

/**
 * Regulation entries: the few facts that are certain and cited
 * (regulation-entries.json), and an explicit NO_DATA entry for every other
 * FEALAC economy × indicator, so that staff can fill them in. Entries are only
 * created where absent: a re-seed never overwrites what staff edited. A fact
 * added to the file later fills its cell only while that cell is still the
 * untouched placeholder (NO_DATA, never saved: version 1).
 */
export async function seedRegulationEntries(tx: Transaction): Promise<void> {
  const indicators = await tx.regulationIndicator.findMany({ select: { id: true, code: true } });
  const indicatorId = new Map(indicators.map((i) => [i.code, i.id]));
  const members = await tx.country.findMany({ where: { isFealacMember: true }, select: { iso3: true } });
  const memberSet = new Set(members.map((c) => c.iso3));

  for (const { country, indicator, ...fact } of loadRegulationEntries()) {
    const id = indicatorId.get(indicator);
    if (id === undefined || !memberSet.has(country)) continue;
    const where = { countryIso3_indicatorId: { countryIso3: country, indicatorId: id } };
    const existing = await tx.regulationEntry.findUnique({ where, select: { status: true, version: true } });
    if (!existing) {
      await tx.regulationEntry.create({ data: { countryIso3: country, indicatorId: id, ...fact } });
    } else if (existing.status === "NO_DATA" && existing.version === 1) {
      await tx.regulationEntry.update({ where, data: fact });
    }
  }

  await tx.regulationEntry.createMany({
    data: members.flatMap(({ iso3 }) => indicators.map(({ id }) => ({ countryIso3: iso3, indicatorId: id, status: "NO_DATA" as const }))),
    skipDuplicates: true,
  });
}
