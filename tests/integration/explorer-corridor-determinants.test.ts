import { describe, expect, it } from "vitest";
import type { Database } from "@/lib/core/db";
import { getCorridor } from "@/lib/explorer/queries/corridor";
import { getDeterminants } from "@/lib/explorer/queries/determinants";
import { loadExplorerFixture } from "@/tests/helpers/explorer-fixture";
import { useScratchDatabase } from "@/tests/helpers/scratch-db-hooks";

/** Pearson's r, written out so the test does not share code with the query. */
function pearson(xs: number[], ys: number[]): number {
  const mean = (v: number[]) => v.reduce((a, b) => a + b, 0) / v.length;
  const mx = mean(xs);
  const my = mean(ys);
  const cov = xs.reduce((s, x, i) => s + (x - mx) * (ys[i] - my), 0);
  const sx = Math.sqrt(xs.reduce((s, x) => s + (x - mx) ** 2, 0));
  const sy = Math.sqrt(ys.reduce((s, y) => s + (y - my) ** 2, 0));
  return cov / (sx * sy);
}

async function loadIndicators(db: Database) {
  // A third country with traffic: an Argentine marketplace, 100 visits a month in 2024, all domestic.
  const { id } = await db.marketplace.create({ data: { domain: "e.example.ar", name: "E", slug: "e-example-ar", countryIso3: "ARG", category: "GENERAL" } });
  await db.trafficMonthly.createMany({
    data: Array.from({ length: 12 }, (_, m) => ({ marketplaceId: id, month: new Date(Date.UTC(2024, m, 1)), visits: 100n, source: "fixture", isDemo: false })),
  });
  await db.originShare.create({ data: { marketplaceId: id, year: 2024, origin: "ARG", share: 1, source: "fixture", isDemo: false } });
  await db.indicator.createMany({
    data: ["SP.POP.TOTL", "IT.NET.USER.ZS", "FX.OWN.TOTL.ZS"].map((code, i) => ({
      code, nameEn: code, nameEs: code, unitEn: "u", unitEs: "u", publisher: "p", sortOrder: i,
    })),
  });
  const values: Array<[string, string, number, number]> = [
    ["CHL", "SP.POP.TOTL", 2023, 1000], ["CHL", "IT.NET.USER.ZS", 2023, 50],
    ["JPN", "SP.POP.TOTL", 2022, 2000], ["JPN", "IT.NET.USER.ZS", 2022, 75],
    ["ARG", "SP.POP.TOTL", 2024, 400], ["ARG", "IT.NET.USER.ZS", 2024, 100],
    ["CHL", "FX.OWN.TOTL.ZS", 2021, 80], ["CHL", "FX.OWN.TOTL.ZS", 2025, 99], // 2025 is after the chosen year
    ["JPN", "FX.OWN.TOTL.ZS", 2021, 90], ["ARG", "FX.OWN.TOTL.ZS", 2022, 60],
  ];
  await db.indicatorValue.createMany({
    data: values.map(([countryIso3, indicatorCode, year, value]) => ({ countryIso3, indicatorCode, year, value })),
  });
}

describe("corridor and determinants", () => {
  useScratchDatabase(async (db) => {
    await loadExplorerFixture(db);
    await loadIndicators(db);
  });

  it("builds the origin × destination matrix across the two regions", async () => {
    // Japanese visitors to Chilean marketplace a: 1,800 × 5 %; Korea → Japan is within a region and left out.
    expect(await getCorridor("east-asia-to-latin-america", 2024)).toEqual([{ origin: "JPN", destination: "CHL", visits: 90 }]);
    // Chilean visitors to Japanese marketplace c: 2,400 × 20 %.
    expect(await getCorridor("latin-america-to-east-asia", 2024)).toEqual([{ origin: "CHL", destination: "JPN", visits: 480 }]);
  });

  it("relates visits per internet user to an indicator, with the correlation and its sample size", async () => {
    const result = await getDeterminants("visits-per-internet-user", "FX.OWN.TOTL.ZS", 2024);
    const byCountry = Object.fromEntries(result.points.map((p) => [p.iso3, p]));
    // Visits / (population × internet % / 100), with the latest values at or before 2024.
    expect(byCountry.CHL).toMatchObject({ y: 2400 / 500, x: 80, xYear: 2021 });
    expect(byCountry.JPN).toMatchObject({ y: 3000 / 1500, x: 90 });
    expect(byCountry.ARG).toMatchObject({ y: 1200 / 400, x: 60 });
    expect(result.n).toBe(3);
    expect(result.correlation).toBeCloseTo(pearson([80, 90, 60], [4.8, 2, 3]), 10);
  });

  it("computes cross-border and other-region shares per country", async () => {
    const cross = await getDeterminants("cross-border-share", "FX.OWN.TOTL.ZS", 2024);
    const chl = cross.points.find((p) => p.iso3 === "CHL")!;
    expect(chl.y).toBeCloseTo(1 - (1800 * 0.8 + 600) / 2400, 10);
    const other = await getDeterminants("other-region-share", "FX.OWN.TOTL.ZS", 2024);
    expect(other.points.find((p) => p.iso3 === "CHL")!.y).toBeCloseTo((1800 * 0.05) / 2400, 10);
    expect(other.points.find((p) => p.iso3 === "ARG")!.y).toBe(0);
  });

  it("gives no correlation with fewer than three countries", async () => {
    const result = await getDeterminants("visits-per-internet-user", "FX.OWN.TOTL.ZS", 2023);
    // 2023: only Chile and Japan have traffic.
    expect(result.n).toBe(2);
    expect(result.correlation).toBeNull();
  });
});
