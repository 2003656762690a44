import { describe, expect, it } from "vitest";
import type { Database } from "@/lib/core/db";
import { DEMO_SOURCE, demoMonths, demoVisits } from "@/prisma/seed/demo-traffic";
import { loadSeedData } from "@/prisma/seed/seed-data";
import { seedDemo } from "@/prisma/seed/seed-demo";
import { useScratchDatabase } from "@/tests/helpers/scratch-db-hooks";

// A fixed day, so that the expected number of months does not move.
const TODAY = new Date("2026-11-22T12:00:00Z");

async function counts(db: Database) {
  return {
    regions: await db.region.count(),
    countries: await db.country.count(),
    members: await db.country.count({ where: { isFealacMember: true } }),
    indicators: await db.indicator.count(),
    indicatorValues: await db.indicatorValue.count(),
    marketplaces: await db.marketplace.count(),
    traffic: await db.trafficMonthly.count(),
    originShares: await db.originShare.count(),
    genderShares: await db.genderShare.count(),
    ageShares: await db.ageShare.count(),
    pillars: await db.regulationPillar.count(),
    regulationIndicators: await db.regulationIndicator.count(),
    instrumentTypes: await db.instrumentType.count(),
    targetGroups: await db.targetGroup.count(),
    policies: await db.policy.count(),
    policySources: await db.policySource.count(),
  };
}

describe("demo seed", () => {
  const data = loadSeedData();
  const database = useScratchDatabase((db) => seedDemo(db, { today: TODAY }));

  it("loads every curated row, and a generated series per marketplace", async () => {
    const months = demoMonths(TODAY);
    expect(months).toHaveLength(94); // 2019-01 … 2026-10
    const years = new Set(months.map((m) => m.getUTCFullYear())).size;
    const memberCount = data.countries.filter((c) => c.isFealacMember).length;
    // Origins: home country, 3 same-region neighbours, 2 from the other region, USA, OTHER.
    const originsPerYear = 1 + 3 + 2 + 2;

    expect(await counts(database())).toEqual({
      regions: 2,
      countries: data.countries.length,
      members: 36,
      indicators: data.indicators.length,
      indicatorValues: data.indicatorValues.length,
      marketplaces: data.marketplaces.length,
      traffic: data.marketplaces.length * months.length,
      originShares: data.marketplaces.length * years * originsPerYear,
      genderShares: data.marketplaces.length * years * 2,
      ageShares: data.marketplaces.length * years * 6,
      pillars: data.regulation.pillars.length,
      regulationIndicators: data.regulation.pillars.reduce((n, p) => n + p.indicators.length, 0),
      instrumentTypes: data.vocabularies.instrumentTypes.length,
      targetGroups: data.vocabularies.targetGroups.length,
      policies: data.policies.length + data.researchPolicies.length,
      policySources: data.policies.reduce((n, p) => n + p.sources.length, 0) + data.researchPolicies.length,
    });
    expect(memberCount).toBe(36);
    expect(data.marketplaces.length).toBeGreaterThanOrEqual(150);
  });

  it("covers all 36 members with at least one marketplace", async () => {
    const db = database();
    const withoutMarketplace = await db.country.findMany({
      where: { isFealacMember: true, marketplaces: { none: {} } },
      select: { iso3: true },
    });
    expect(withoutMarketplace).toEqual([]);
  });

  it("is idempotent: a second run adds and changes nothing", async () => {
    const db = database();
    const before = await counts(db);
    const sample = await db.trafficMonthly.findMany({ orderBy: { id: "asc" }, take: 50 });
    await seedDemo(db, { today: TODAY });
    expect(await counts(database())).toEqual(before);
    expect(await db.trafficMonthly.findMany({ orderBy: { id: "asc" }, take: 50 })).toEqual(sample);
  });

  it("labels every generated row as demonstration data and reproduces it from the fixed seed", async () => {
    const db = database();
    expect(await db.trafficMonthly.count({ where: { OR: [{ isDemo: false }, { source: { not: DEMO_SOURCE } }] } })).toBe(0);
    expect(await db.originShare.count({ where: { isDemo: false } })).toBe(0);

    const curated = data.marketplaces[0];
    const stored = await db.trafficMonthly.findMany({
      where: { marketplace: { domain: curated.domain } },
      orderBy: { month: "asc" },
      select: { visits: true },
    });
    const expected = demoVisits(
      { domain: curated.domain, country: curated.country, category: curated.category, demoScale: curated.demoScale },
      demoMonths(TODAY),
    );
    expect(stored.map((r) => Number(r.visits))).toEqual(expected);
  });

  it("stores shares that sum to 1 for every marketplace, year and breakdown", async () => {
    const db = database();
    for (const table of ["origin_share", "gender_share", "age_share"]) {
      const off = await db.$queryRawUnsafe<unknown[]>(
        `select marketplace_id, year from ${table} group by 1, 2 having sum(share) <> 1`,
      );
      expect(off, table).toEqual([]);
    }
  });

  it("keeps each real indicator value", async () => {
    const db = database();
    const row = data.indicatorValues.find((r) => r.country_iso3 === "CHL" && r.indicator_code === "SP.POP.TOTL")!;
    const stored = await db.indicatorValue.findUniqueOrThrow({
      where: { countryIso3_indicatorCode_year: { countryIso3: "CHL", indicatorCode: "SP.POP.TOTL", year: row.year } },
    });
    expect(stored.value).toBe(row.value);
  });

  it("flags non-member economies named in policy sources", async () => {
    const db = database();
    const nonMembers = new Set(data.policies.map((p) => p.country).filter((iso3) => !data.countries.find((c) => c.iso3 === iso3)?.isFealacMember));
    for (const iso3 of nonMembers) {
      expect((await db.country.findUniqueOrThrow({ where: { iso3 } })).isFealacMember).toBe(false);
    }
  });
});
