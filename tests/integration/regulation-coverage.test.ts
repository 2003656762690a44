import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { GET } from "@/app/api/csv/[...path]/route";
import type { Database } from "@/lib/core/db";
import { coverageRows, regulationCoverageSummary } from "@/lib/regulations/coverage";
import { getRegulationCoverage } from "@/lib/regulations/queries/coverage";
import { loadRegulationFixture } from "@/tests/helpers/regulation-fixture";
import { useScratchDatabase } from "@/tests/helpers/scratch-db-hooks";

const csv = async (path: string[]) => {
  const response = await GET(new Request(`http://x/api/csv/${path.join("/")}`), { params: Promise.resolve({ path }) });
  expect(response.status).toBe(200);
  const [header, ...rows] = parse(await response.text(), { bom: true }) as string[][];
  return { header, records: rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]]))) };
};

async function publicSource(db: Database, name: string) {
  return db.source.create({ data: { key: `url:https://example.org/${name}`, title: `Public page ${name}`, url: `https://example.org/${name}` } });
}

const VERIFIED = { verification: "VERIFIED" as const, verifiedOn: new Date("2026-11-02"), verifiedBy: "Secretariat" };

describe("regulation coverage", () => {
  /*
   * On the regulation fixture (P01: 3 indicators, P02: 2), sources added by hand:
   *   ARG P01.1 sourced, verified · ARG P01.2 sourced · ARG P01.3 no source · ARG P02.2 NO_DATA with a source (not counted)
   *   CHL P01.2 DRAFT without a score, sourced (counts: its status is known) · CHL P02.1 sourced, verified
   *   USA P01.1 sourced (not a member) · JPN, KOR nothing sourced
   */
  useScratchDatabase(async (db) => {
    const entries = await loadRegulationFixture(db);
    const source = await publicSource(db, "law");
    for (const key of ["ARG P01.1", "ARG P01.2", "ARG P02.2", "CHL P01.2", "CHL P02.1", "USA P01.1"]) {
      await db.regulationEntrySource.create({ data: { entryId: entries[key], position: 1, sourceId: source.id } });
    }
    for (const key of ["ARG P01.1", "CHL P02.1", "ARG P01.3"]) await db.regulationEntry.update({ where: { id: entries[key] }, data: VERIFIED });
  });

  it("counts, per member and pillar, the indicators with a sourced entry and how many of them are verified", async () => {
    const rows = coverageRows(await getRegulationCoverage());
    expect(rows.map((r) => [r.iso3, r.pillars.P01, r.pillars.P02, r.total])).toEqual([
      ["JPN", { indicators: 3, sourced: 0, verified: 0 }, { indicators: 2, sourced: 0, verified: 0 }, { indicators: 5, sourced: 0, verified: 0 }],
      ["KOR", { indicators: 3, sourced: 0, verified: 0 }, { indicators: 2, sourced: 0, verified: 0 }, { indicators: 5, sourced: 0, verified: 0 }],
      ["ARG", { indicators: 3, sourced: 2, verified: 1 }, { indicators: 2, sourced: 0, verified: 0 }, { indicators: 5, sourced: 2, verified: 1 }],
      ["CHL", { indicators: 3, sourced: 1, verified: 0 }, { indicators: 2, sourced: 1, verified: 1 }, { indicators: 5, sourced: 2, verified: 1 }],
    ]);
    expect(regulationCoverageSummary(rows)).toEqual({ sourced: 4, cells: 20, verified: 2, economies: 2, members: 4 });
  });

  it("writes the same figures in its CSV, one group of columns per pillar, the share empty where nothing is sourced", async () => {
    const { header, records } = await csv(["regulations", "coverage"]);
    expect(header).toEqual([
      "country_iso3", "country", "region",
      "p01_sourced_indicators", "p01_indicators", "p01_verified_indicators",
      "p02_sourced_indicators", "p02_indicators", "p02_verified_indicators",
      "sourced_indicators", "indicators", "verified_indicators", "verified_share [share 0-1]",
    ]);
    expect(records.map((r) => [r.country_iso3, r.p01_sourced_indicators, r.p02_sourced_indicators, r.p02_verified_indicators, r.sourced_indicators, r["verified_share [share 0-1]"]])).toEqual([
      ["JPN", "0", "0", "0", "0", ""],
      ["KOR", "0", "0", "0", "0", ""],
      ["ARG", "2", "0", "0", "2", "0.5"],
      ["CHL", "1", "1", "1", "2", "0.5"],
    ]);
  });
});
