/** The regulation taxonomy (RDTII pillars and indicators, plus trade-facilitation topics) and the imported entries. */
import type { ImportedEntry } from "@/lib/regulations/schemas/entry-import";
import type { SeedData } from "./seed-data";
import { ensureSources, linksDiffer } from "./seed-sources";
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

export interface EntryImportCounts {
  created: number;
  updated: number;
  unchanged: number;
  /** Cells staff have saved or verified (version > 1): never overwritten by an import. */
  keptStaffEdits: number;
}

const FACT_FIELDS = ["status", "answer", "score", "instrumentName", "instrumentNumber", "instrumentYear", "description"] as const;

/**
 * Regulation entries: the cited facts of prisma/seed-data/regulations/
 * (entries.csv with its sources.csv, imported as "sourced, not verified"), and
 * an explicit NO_DATA entry for every other FEALAC economy × indicator, so
 * that staff can fill them in. An import fills a cell only while no staff
 * member has saved or verified it (version 1): a re-seed never overwrites
 * their work, and a second run with the same files changes nothing.
 */
export async function seedRegulationEntries(tx: Transaction, data: SeedData): Promise<EntryImportCounts> {
  const counts: EntryImportCounts = { created: 0, updated: 0, unchanged: 0, keptStaffEdits: 0 };
  const indicators = await tx.regulationIndicator.findMany({ select: { id: true, code: true } });
  const indicatorId = new Map(indicators.map((i) => [i.code, i.id]));
  const members = await tx.country.findMany({ where: { isFealacMember: true }, select: { iso3: true } });
  const memberSet = new Set(members.map((c) => c.iso3));
  const sourceIds = await ensureSources(tx, data.regulationSources);

  for (const entry of data.regulationEntries) {
    const id = indicatorId.get(entry.indicator);
    if (id === undefined) throw new Error(`regulations/entries.csv: unknown indicator ${entry.indicator}`);
    if (!memberSet.has(entry.country)) throw new Error(`regulations/entries.csv: ${entry.country} is not a FEALAC member`);
    const links = entry.sourceKeys.map((key) => {
      const sourceId = sourceIds.get(key);
      if (sourceId === undefined) throw new Error(`regulations/entries.csv: ${entry.country} ${entry.indicator} cites ${key}, which sources.csv does not list`);
      return sourceId;
    });
    const outcome = await importEntry(tx, id, entry, links);
    counts[outcome] += 1;
  }

  const placeholders = await tx.regulationEntry.createMany({
    data: members.flatMap(({ iso3 }) => indicators.map(({ id }) => ({ countryIso3: iso3, indicatorId: id, status: "NO_DATA" as const }))),
    skipDuplicates: true,
  });
  counts.created += placeholders.count;
  return counts;
}

async function importEntry(tx: Transaction, indicatorId: number, entry: ImportedEntry, sourceIds: number[]): Promise<keyof EntryImportCounts> {
  const where = { countryIso3_indicatorId: { countryIso3: entry.country, indicatorId } };
  const fact = Object.fromEntries(FACT_FIELDS.map((f) => [f, entry[f]])) as Pick<ImportedEntry, (typeof FACT_FIELDS)[number]>;
  const existing = await tx.regulationEntry.findUnique({
    where,
    select: { id: true, version: true, ...Object.fromEntries(FACT_FIELDS.map((f) => [f, true])), sources: { orderBy: { position: "asc" }, select: { sourceId: true } } },
  });
  const links = (entryId: number) => sourceIds.map((sourceId, i) => ({ entryId, sourceId, position: i + 1 }));
  if (!existing) {
    const created = await tx.regulationEntry.create({ data: { countryIso3: entry.country, indicatorId, ...fact }, select: { id: true } });
    await tx.regulationEntrySource.createMany({ data: links(created.id) });
    return "created";
  }
  if (existing.version > 1) return "keptStaffEdits";
  const stored = existing as unknown as Record<string, unknown>;
  const same = FACT_FIELDS.every((f) => String(stored[f] ?? "") === String(fact[f] ?? ""));
  const relink = linksDiffer(existing.sources, sourceIds);
  if (same && !relink) return "unchanged";
  if (!same) await tx.regulationEntry.update({ where, data: { ...fact, verification: "UNVERIFIED" } });
  if (relink) {
    await tx.regulationEntrySource.deleteMany({ where: { entryId: existing.id } });
    await tx.regulationEntrySource.createMany({ data: links(existing.id) });
  }
  return "updated";
}
