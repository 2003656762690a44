import { beforeAll, describe, expect, it } from "vitest";
import { useScratchDatabase } from "@/tests/helpers/scratch-db-hooks";

describe("database constraints", () => {
  const database = useScratchDatabase();
  let db: ReturnType<typeof database>;
  let marketplaceId: number;

  beforeAll(async () => {
    db = database();
    await db.region.create({ data: { code: "LATIN_AMERICA", nameEn: "Latin America", nameEs: "América Latina", sortOrder: 1 } });
    await db.country.create({
      data: { iso3: "CHL", iso2: "CL", isoNumeric: "152", nameEn: "Chile", nameEs: "Chile", regionCode: "LATIN_AMERICA", isFealacMember: true },
    });
    ({ id: marketplaceId } = await db.marketplace.create({
      data: { slug: "example-cl", name: "Example", domain: "example.cl", countryIso3: "CHL", category: "GENERAL" },
    }));
  });

  const traffic = (month: string, visits: bigint) => ({
    marketplaceId,
    month: new Date(`${month}T00:00:00Z`),
    visits,
    source: "test",
    isDemo: false,
  });

  it("reject a second row for the same marketplace and month", async () => {
    await db.trafficMonthly.create({ data: traffic("2024-01-01", 100n) });
    await expect(db.trafficMonthly.create({ data: traffic("2024-01-01", 200n) })).rejects.toThrow(/Unique constraint/);
    expect(await db.trafficMonthly.count({ where: { marketplaceId } })).toBe(1);
  });

  it("reject a month that is not stored as its first day, and negative visits", async () => {
    await expect(db.trafficMonthly.create({ data: traffic("2024-02-15", 1n) })).rejects.toThrow(/traffic_monthly_month_first_day/);
    await expect(db.trafficMonthly.create({ data: traffic("2024-03-01", -1n) })).rejects.toThrow(/traffic_monthly_visits_nonnegative/);
  });

  it.each([1.5, -0.1])("reject a share of %s (outside 0–1)", async (share) => {
    const common = { marketplaceId, year: 2024, source: "test", isDemo: false, share };
    await expect(db.originShare.create({ data: { ...common, origin: "CHL" } })).rejects.toThrow(/origin_share_range/);
    await expect(db.genderShare.create({ data: { ...common, gender: "FEMALE" } })).rejects.toThrow(/gender_share_range/);
    await expect(db.ageShare.create({ data: { ...common, ageGroup: "AGE_25_34" } })).rejects.toThrow(/age_share_range/);
  });

  it("accept the boundaries 0 and 1 as shares", async () => {
    const common = { marketplaceId, year: 2023, source: "test", isDemo: false };
    await db.originShare.create({ data: { ...common, origin: "CHL", share: 1 } });
    await db.originShare.create({ data: { ...common, origin: "OTHER", share: 0 } });
    expect(await db.originShare.count({ where: { marketplaceId, year: 2023 } })).toBe(2);
  });

  it("reject an origin that is neither an ISO alpha-3 code nor OTHER", async () => {
    await expect(
      db.originShare.create({ data: { marketplaceId, year: 2022, origin: "chl", share: 0.5, source: "t", isDemo: false } }),
    ).rejects.toThrow(/origin_share_origin_format/);
  });
});
