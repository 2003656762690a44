import { describe, expect, it } from "vitest";
import {
  getLatestIndicators,
  getMarketplaceRanking,
  getOriginShares,
  getVisitorProfile,
} from "@/lib/explorer/queries/country";
import { getVisitSeries } from "@/lib/explorer/queries/region-overview";
import { INDICATOR_FIXTURE_SOURCE, loadExplorerFixture, loadIndicatorFixture } from "@/tests/helpers/explorer-fixture";
import { useScratchDatabase } from "@/tests/helpers/scratch-db-hooks";

describe("country view aggregates", () => {
  useScratchDatabase(async (db) => {
    await loadExplorerFixture(db);
    await loadIndicatorFixture(db);
    await db.marketplace.update({ where: { domain: "a.example.cl" }, data: { sector: "GOODS", transactional: true } });
    await db.marketplace.update({ where: { domain: "b.example.cl" }, data: { sector: "SERVICES", transactional: false } });
  });

  it("ranks a country's marketplaces with growth, share and the year's monthly series", async () => {
    const rows = await getMarketplaceRanking({ country: "CHL" }, 2024);
    expect(rows.map((r) => r.domain)).toEqual(["a.example.cl", "b.example.cl"]);
    expect(rows[0]).toMatchObject({ visits: 1800, previousVisits: 1200, growth: 0.5, share: 0.75 });
    expect(rows[0].monthly).toEqual(Array(12).fill(150));
    expect(rows[1]).toMatchObject({ visits: 600, growth: 0, share: 0.25 });
  });

  it("filters on marketplace characteristics", async () => {
    const goods = await getMarketplaceRanking({ country: "CHL", characteristics: { sector: "GOODS" } }, 2024);
    expect(goods.map((r) => r.domain)).toEqual(["a.example.cl"]);
    expect(goods[0].share).toBe(1);
    const nonTransactional = await getVisitSeries({ country: "CHL", characteristics: { transactional: false } }, "year");
    expect(nonTransactional.map((p) => p.visits)).toEqual([600, 600]);
    // Unknown characteristics never match a filter: Japan's marketplaces have none recorded.
    expect(await getMarketplaceRanking({ country: "JPN", characteristics: { transactional: true } }, 2024)).toEqual([]);
  });

  it("weights origin shares by each marketplace's visits", async () => {
    const rows = await getOriginShares({ country: "CHL" }, 2024);
    const share = Object.fromEntries(rows.map((r) => [r.origin, r.share]));
    expect(rows[0].origin).toBe("CHL");
    expect(share.CHL).toBeCloseTo((1800 * 0.8 + 600) / 2400, 10);
    expect(share.ARG).toBeCloseTo((1800 * 0.1) / 2400, 10);
    expect(share.JPN).toBeCloseTo((1800 * 0.05) / 2400, 10);
    expect(rows.find((r) => r.origin === "JPN")?.region).toBe("EAST_ASIA");
    expect(rows.find((r) => r.origin === "USA")?.region).toBeNull();
  });

  it("weights the gender profile by visits, over marketplaces that have one", async () => {
    const rows = await getVisitorProfile({}, 2024, "gender");
    expect(rows.map((r) => r.group)).toEqual(["FEMALE", "MALE"]);
    expect(rows[0].share).toBeCloseTo((1800 * 0.6 + 2400 * 0.3) / 4200, 10);
    expect(await getVisitorProfile({}, 2024, "age")).toEqual([]);
  });

  it("shows each indicator's latest value with its year and source", async () => {
    expect(await getLatestIndicators("CHL")).toEqual([
      expect.objectContaining({ code: "IT.NET.USER.ZS", year: 2023, value: 94.5, sources: [expect.objectContaining({ title: INDICATOR_FIXTURE_SOURCE.title, url: INDICATOR_FIXTURE_SOURCE.url, kind: "DATASET" })] }),
    ]);
  });
});
