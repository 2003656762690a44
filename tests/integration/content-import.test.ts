import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import type { Database } from "@/lib/core/db";
import { loadSeedData } from "@/prisma/seed/seed-data";
import { seedDemo } from "@/prisma/seed/seed-demo";
import { useScratchDatabase } from "@/tests/helpers/scratch-db-hooks";

const TODAY = new Date("2026-11-22T12:00:00Z");

function csvRows(file: string): Array<Record<string, string>> {
  return parse(readFileSync(`prisma/seed-data/${file}`), { columns: true, bom: true });
}

/** One checksum per content table: a second import must leave every one as it was. */
async function checksums(db: Database): Promise<Record<string, string>> {
  const tables = ["source", "regulation_entry", "regulation_entry_source", "policy", "policy_source", "policy_result", "indicator_source", "indicator_value"];
  const sums: Record<string, string> = {};
  for (const table of tables) {
    const [row] = await db.$queryRawUnsafe<Array<{ sum: string }>>(`SELECT md5(coalesce(string_agg(t::text, ',' ORDER BY t::text), '')) AS sum FROM "${table}" t`);
    sums[table] = row.sum;
  }
  return sums;
}

describe("content import: cited regulation facts, MSME measures and the source registry", () => {
  const data = loadSeedData();
  const database = useScratchDatabase((db) => seedDemo(db, { today: TODAY }));
  const indicatorCount = data.regulation.pillars.reduce((n, p) => n + p.indicators.length, 0);

  it("imports exactly the files' entries, scores and sources, and NO_DATA everywhere else", async () => {
    const db = database();
    const entries = csvRows("regulations/entries.csv");
    const sources = csvRows("regulations/sources.csv");
    expect(await db.regulationEntry.count()).toBe(36 * indicatorCount);
    expect(await db.regulationEntry.count({ where: { status: { not: "NO_DATA" } } })).toBe(entries.length);
    expect(await db.regulationEntry.count({ where: { score: { not: null } } })).toBe(entries.filter((e) => e.score !== "").length);
    expect(await db.source.count({ where: { key: { startsWith: "regulations:" } } })).toBe(sources.length);
    // Imported facts are sourced, not verified.
    expect(await db.regulationEntry.count({ where: { status: { not: "NO_DATA" }, verification: { not: "UNVERIFIED" } } })).toBe(0);
    // A row of the file, field by field.
    const sgp = entries.find((e) => e.economy_iso3 === "SGP" && e.indicator_code === "P12.8")!;
    const stored = await db.regulationEntry.findFirstOrThrow({
      where: { countryIso3: "SGP", indicator: { code: "P12.8" } },
      include: { sources: { orderBy: { position: "asc" }, include: { source: true } } },
    });
    expect({ answer: stored.answer, score: stored.score === null ? "" : String(Number(stored.score)), instrumentName: stored.instrumentName ?? "" }).toEqual({
      answer: sgp.answer,
      score: sgp.score,
      instrumentName: sgp.instrument_name,
    });
    expect(stored.sources.map((l) => l.source.key)).toEqual(sgp.source_ids.split("|").map((id) => `regulations:${id}`));
    const cited = sources.find((s) => s.source_id === sgp.source_ids.split("|")[0])!;
    expect(stored.sources[0].source).toMatchObject({ url: cited.url, title: cited.title, kind: cited.kind.toUpperCase() });
  });

  it("gives every scored entry at least one source", async () => {
    const db = database();
    expect(await db.regulationEntry.count({ where: { score: { not: null }, sources: { none: {} } } })).toBe(0);
    expect(await db.regulationEntry.count({ where: { status: { not: "NO_DATA" }, sources: { none: {} } } })).toBe(0);
  });

  it("replaces the earlier data-protection entries with the file's newer facts", async () => {
    const db = database();
    const arg = await db.regulationEntry.findFirstOrThrow({ where: { countryIso3: "ARG", indicator: { code: "P07.1" } } });
    const row = csvRows("regulations/entries.csv").find((e) => e.economy_iso3 === "ARG" && e.indicator_code === "P07.1")!;
    expect(arg.instrumentNumber).toBe(row.instrument_number);
    expect(await db.regulationEntry.count({ where: { indicator: { code: "P07.1" }, status: { not: "NO_DATA" } } })).toBe(36);
  });

  it("publishes the documented programmes and the measures from public sources, covering at least 30 members", async () => {
    const db = database();
    const research = csvRows("policies/policies-research.csv");
    expect(await db.policy.count({ where: { workflowState: "PUBLISHED" } })).toBe(data.policies.length + research.length);
    const fromPublic = await db.policy.count({ where: { slug: { contains: "-public-" }, sources: { every: { source: { kind: null } } } } });
    expect(fromPublic).toBe(research.length);
    const members = await db.policy.groupBy({ by: ["countryIso3"], where: { workflowState: "PUBLISHED", country: { isFealacMember: true } } });
    expect(members.length).toBeGreaterThanOrEqual(30);
    // Each measure cites its page, with the date the page shows.
    const first = research[0];
    const policy = await db.policy.findFirstOrThrow({ where: { nameEn: first.name_en, countryIso3: first.iso3 }, include: { sources: { include: { source: true } } } });
    expect(policy.sources[0].source).toMatchObject({ url: first.source_url, title: first.source_title, asOf: first.source_as_of || null });
  });

  it("cites every indicator series readably, never by a repository path", async () => {
    const db = database();
    const cited = await db.indicatorSource.findMany({ include: { source: true } });
    expect(new Set(cited.map((c) => c.indicatorCode))).toEqual(new Set(data.indicators.map((i) => i.code)));
    for (const { source } of cited) {
      expect(source.title).not.toMatch(/@[0-9a-f]{7,}|\.csv|github/i);
      expect(source.url).toMatch(/^https:\/\/(data|www)\.worldbank\.org\//);
    }
  });

  it("changes nothing on a second import", async () => {
    const db = database();
    const before = await checksums(db);
    await seedDemo(db, { today: TODAY });
    expect(await checksums(db)).toEqual(before);
  });

  it("keeps staff edits and verifications on a re-seed", async () => {
    const db = database();
    const arg = await db.regulationEntry.findFirstOrThrow({ where: { countryIso3: "ARG", indicator: { code: "P07.1" } } });
    await db.regulationEntry.update({ where: { id: arg.id }, data: { description: "Edited by staff.", lastAmendedYear: 2018, version: { increment: 1 } } });
    const placeholder = await db.regulationEntry.findFirstOrThrow({ where: { countryIso3: "MEX", indicator: { code: "P01.1" } } });
    await db.regulationEntry.update({ where: { id: placeholder.id }, data: { status: "PARTIAL", score: 0.5, version: { increment: 1 } } });
    const policy = await db.policy.findFirstOrThrow({ where: { slug: { contains: "-public-" } } });
    await db.policy.update({ where: { id: policy.id }, data: { description: "Corrected by staff.", version: { increment: 1 } } });
    const before = await db.regulationEntry.count();
    await seedDemo(db, { today: TODAY });
    expect(await db.regulationEntry.count()).toBe(before);
    expect(await db.regulationEntry.findUniqueOrThrow({ where: { id: arg.id } })).toMatchObject({ description: "Edited by staff.", lastAmendedYear: 2018 });
    expect(await db.regulationEntry.findUniqueOrThrow({ where: { id: placeholder.id } })).toMatchObject({ status: "PARTIAL" });
    expect(await db.policy.findUniqueOrThrow({ where: { id: policy.id } })).toMatchObject({ description: "Corrected by staff." });
  });
});
