import { describe, expect, it } from "vitest";
import { getEntries } from "@/lib/regulations/queries/entries";
import { searchEntries, type RegulationFilters } from "@/lib/regulations/queries/search";
import { rowDiffers, visibleRows } from "@/lib/regulations/compare";
import { loadRegulationFixture } from "@/tests/helpers/regulation-fixture";
import { useScratchDatabase } from "@/tests/helpers/scratch-db-hooks";

const NONE: RegulationFilters = { q: "", economy: [], pillar: [], status: [] };

describe("regulation full-text search and compare rows", () => {
  let ids: Record<string, number> = {};
  useScratchDatabase(async (db) => {
    ids = await loadRegulationFixture(db);
  });
  const find = async (filters: Partial<typeof NONE>) =>
    (await searchEntries({ ...NONE, ...filters }, { page: 1, locale: "en" })).rows.map((r) => `${r.iso3} ${r.indicatorCode}`);

  it("finds an entry by a word that appears only in its article", async () => {
    const { rows, total } = await searchEntries({ ...NONE, q: "zymurgical" }, { page: 1, locale: "en" });
    expect(total).toBe(1);
    expect(rows[0].id).toBe(ids["ARG P01.1"]);
    expect(rows[0].snippet).toContain("zymurgical");
    // English stemming and accent folding: "exemption" and "proteccion" match too.
    expect(await find({ q: "exemption" })).toEqual(["ARG P01.1"]);
    expect(await find({ q: "proteccion" })).toEqual(["ARG P01.1"]);
  });

  it("combines the text with economy, pillar and status filters", async () => {
    expect(await find({ q: "zymurgical", economy: ["CHL"] })).toEqual([]);
    expect(await find({ q: "tariffs" })).toEqual(["CHL P01.1"]);
    expect(await find({ economy: ["JPN"] })).toEqual(["JPN P01.1", "JPN P02.2"]);
    expect(await find({ economy: ["ARG", "CHL"], pillar: ["P02"], status: ["none"] })).toEqual(["CHL P02.1"]);
    expect(await find({ status: ["no-data"] })).toEqual(["ARG P02.2"]);
    expect(await find({ status: ["draft"] })).toEqual(["CHL P01.2"]);
    // Non-members' entries are not listed.
    expect(await find({ pillar: ["P01"], status: ["none"] })).toEqual(["CHL P01.3"]);
  });

  it("shows only the differing indicators when asked", async () => {
    const entries = await getEntries(["ARG", "JPN", "KOR"]);
    const rows = [...new Set(entries.map((e) => e.indicatorCode))].map((code) => ({
      code,
      cells: entries.filter((e) => e.indicatorCode === code),
    }));
    // KOR has no entry rows at all: every cell reads NO_DATA.
    expect(rows.find((r) => r.code === "P01.2")!.cells.map((c) => c.status)).toEqual(["IN_FORCE", "NO_DATA", "NO_DATA"]);
    expect(rows.find((r) => r.code === "P01.2")!.cells.map((c) => c.id)).toEqual([ids["ARG P01.2"], null, null]);
    expect(visibleRows(rows, false).map((r) => r.code)).toEqual(["P01.1", "P01.2", "P01.3", "P02.1", "P02.2"]);
    expect(visibleRows(rows, true).map((r) => r.code)).toEqual(["P01.1", "P01.2", "P01.3", "P02.1", "P02.2"]);

    const same = await getEntries(["KOR", "JPN"]);
    const pairRows = [...new Set(same.map((e) => e.indicatorCode))].map((code) => ({ code, cells: same.filter((e) => e.indicatorCode === code) }));
    // Both without data on P01.2, P01.3, P02.1: not differences.
    expect(visibleRows(pairRows, true).map((r) => r.code)).toEqual(["P01.1", "P02.2"]);
  });

  it("tells differences by status and by score", () => {
    expect(rowDiffers([{ status: "IN_FORCE", score: 0 }, { status: "IN_FORCE", score: 0 }])).toBe(false);
    expect(rowDiffers([{ status: "IN_FORCE", score: 0 }, { status: "PARTIAL", score: 0 }])).toBe(true);
    expect(rowDiffers([{ status: "PARTIAL", score: 0.5 }, { status: "PARTIAL", score: 1 }])).toBe(true);
    expect(rowDiffers([{ status: "NO_DATA", score: null }, { status: "NO_DATA", score: null }])).toBe(false);
  });
});
