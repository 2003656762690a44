import { describe, expect, it } from "vitest";
import {
  getCompleteYears,
  getCountryRanking,
  getOriginComposition,
  getTopMarketplaces,
  getVisitSeries,
} from "@/lib/explorer/queries/region-overview";
import { getTrafficProvenance } from "@/lib/explorer/queries/provenance";
import { getDb } from "@/lib/core/db";
import { loadExplorerFixture } from "@/tests/helpers/explorer-fixture";
import { useScratchDatabase } from "@/tests/helpers/scratch-db-hooks";

describe("region overview aggregates", () => {
  useScratchDatabase(loadExplorerFixture);

  it("totals visits by month, quarter and year", async () => {
    const monthly = await getVisitSeries({}, "month");
    expect(monthly).toHaveLength(24);
    expect(monthly.find((p) => p.period === "2024-01-01")).toEqual({ period: "2024-01-01", visits: 150 + 50 + 200 + 50, months: 1 });
    const quarterly = await getVisitSeries({}, "quarter");
    expect(quarterly.find((p) => p.period === "2024-01-01")).toEqual({ period: "2024-01-01", visits: 3 * 450, months: 3 });
    expect(await getVisitSeries({}, "year")).toEqual([
      { period: "2023-01-01", visits: 12 * (100 + 50 + 100), months: 12 },
      { period: "2024-01-01", visits: 12 * 450, months: 12 },
    ]);
  });

  it("restricts to a region", async () => {
    const eastAsia = await getVisitSeries({ region: "EAST_ASIA" }, "year");
    expect(eastAsia.map((p) => p.visits)).toEqual([1200, 3000]);
    expect(await getCompleteYears({ region: "EAST_ASIA" })).toEqual([2024, 2023]);
  });

  it("ranks countries with year-on-year growth, top-3 share and HHI", async () => {
    const ranking = await getCountryRanking({}, 2024);
    expect(ranking.map((r) => r.iso3)).toEqual(["JPN", "CHL"]);
    const [jpn, chl] = ranking;
    // Japan: c 2,400 + d 600 = 3,000 (2023: 1,200); shares 80 % and 20 %.
    expect(jpn).toMatchObject({ visits: 3000, previousVisits: 1200, marketplaces: 2, top3Share: 1 });
    expect(jpn.growth).toBeCloseTo(1.5, 10);
    expect(jpn.hhi).toBeCloseTo(80 ** 2 + 20 ** 2, 6);
    // Chile: a 1,800 + b 600 = 2,400 (2023: 1,800); shares 75 % and 25 %.
    expect(chl).toMatchObject({ visits: 2400, previousVisits: 1800 });
    expect(chl.growth).toBeCloseTo(2400 / 1800 - 1, 10);
    expect(chl.hhi).toBeCloseTo(75 ** 2 + 25 ** 2, 6);
  });

  it("lists the top marketplaces with their share of visits", async () => {
    const top = await getTopMarketplaces({}, 2024, 3);
    expect(top.map((t) => t.domain)).toEqual(["c.example.jp", "a.example.cl", "b.example.cl"]);
    expect(top[0].visits).toBe(2400);
    expect(top[0].share).toBeCloseTo(2400 / 5400, 10);
  });

  it("splits visits into domestic, same-region, other-region and rest of the world", async () => {
    const o = await getOriginComposition({}, 2024);
    // Covered visits: a 1,800 + b 600 + c 2,400 = 4,800 (d has no breakdown).
    expect(o.visits).toBe(5400);
    expect(o.uncoveredVisits).toBe(600);
    expect(o.domestic).toBeCloseTo((1800 * 0.8 + 600 + 2400 * 0.5) / 4800, 10);
    expect(o.sameRegion).toBeCloseTo((1800 * 0.1 + 2400 * 0.2) / 4800, 10);
    expect(o.otherRegion).toBeCloseTo((1800 * 0.05 + 2400 * 0.2) / 4800, 10);
    expect(o.restOfWorld).toBeCloseTo((1800 * 0.05 + 2400 * 0.1) / 4800, 10);
  });

  it("scopes origin to one country", async () => {
    const chile = await getOriginComposition({ country: "CHL" }, 2024);
    expect(chile.domestic).toBeCloseTo((1800 * 0.8 + 600) / 2400, 10);
    expect(chile.otherRegion).toBeCloseTo((1800 * 0.05) / 2400, 10);
  });

  it("says where a scope's traffic comes from: demonstration or not, and the sources its rows name", async () => {
    expect(await getTrafficProvenance({})).toEqual({ demo: false, sources: ["fixture"] });
    await getDb().$executeRaw`
      UPDATE traffic_monthly t SET is_demo = true, source = 'generated panel'
      FROM marketplace m WHERE m.id = t.marketplace_id AND m.country_iso3 = 'JPN' AND t.month = '2024-01-01'`;
    expect(await getTrafficProvenance({ region: "EAST_ASIA" })).toEqual({ demo: true, sources: ["fixture", "generated panel"] });
    expect(await getTrafficProvenance({ region: "LATIN_AMERICA" })).toEqual({ demo: false, sources: ["fixture"] });
    expect(await getTrafficProvenance({ marketplaceIds: [] })).toEqual({ demo: false, sources: [] });
  });
});
