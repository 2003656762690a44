import { describe, expect, it } from "vitest";
import { loadSeedData } from "@/prisma/seed/seed-data";
import { seedDemo } from "@/prisma/seed/seed-demo";
import { loadRegulationEntries } from "@/prisma/seed/seed-regulation";
import { useScratchDatabase } from "@/tests/helpers/scratch-db-hooks";

const TODAY = new Date("2026-11-22T12:00:00Z");

describe("regulation entries seed", () => {
  const data = loadSeedData();
  const database = useScratchDatabase((db) => seedDemo(db, { today: TODAY }));
  const indicatorCount = data.regulation.pillars.reduce((n, p) => n + p.indicators.length, 0);

  it("creates one entry per member economy × indicator: the cited facts, and NO_DATA everywhere else", async () => {
    const db = database();
    expect(await db.regulationEntry.count()).toBe(36 * indicatorCount);
    const withData = await db.regulationEntry.findMany({
      where: { status: { not: "NO_DATA" } },
      select: { countryIso3: true, score: true, indicator: { select: { code: true } }, sourceUrls: true, verifiedOn: true },
      orderBy: { countryIso3: "asc" },
    });
    expect(withData).toHaveLength(17);
    expect(new Set(withData.map((e) => e.indicator.code))).toEqual(new Set(["P07.1"]));
    expect(withData.every((e) => Number(e.score) === 0 && e.verifiedOn === null && e.sourceUrls.length === 1)).toBe(true);
    const arg = await db.regulationEntry.findFirstOrThrow({ where: { countryIso3: "ARG", indicator: { code: "P07.1" } } });
    expect(arg).toMatchObject({ instrumentName: "Ley de Protección de los Datos Personales", instrumentNumber: "No. 25.326", instrumentYear: 2000 });
    expect(await db.regulationEntry.count({ where: { status: "NO_DATA", score: { not: null } } })).toBe(0);
    expect(loadRegulationEntries()).toHaveLength(17);
  });

  it("is idempotent and keeps staff edits on a re-seed", async () => {
    const db = database();
    const arg = await db.regulationEntry.findFirstOrThrow({ where: { countryIso3: "ARG", indicator: { code: "P07.1" } } });
    await db.regulationEntry.update({ where: { id: arg.id }, data: { description: "Edited by staff.", lastAmendedYear: 2018, version: { increment: 1 } } });
    const placeholder = await db.regulationEntry.findFirstOrThrow({ where: { countryIso3: "MEX", indicator: { code: "P01.1" } } });
    await db.regulationEntry.update({ where: { id: placeholder.id }, data: { status: "PARTIAL", score: 0.5, version: { increment: 1 } } });
    const before = await db.regulationEntry.count();
    await seedDemo(db, { today: TODAY });
    expect(await db.regulationEntry.count()).toBe(before);
    expect(await db.regulationEntry.findUniqueOrThrow({ where: { id: arg.id } })).toMatchObject({ description: "Edited by staff.", lastAmendedYear: 2018 });
    expect(await db.regulationEntry.findUniqueOrThrow({ where: { id: placeholder.id } })).toMatchObject({ status: "PARTIAL" });
  });
});
