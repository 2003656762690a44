import { describe, expect, it } from "vitest";
import { demoBreakdowns, demoMonths, demoVisits, latestFullMonth, normaliseShares } from "@/prisma/seed/demo-traffic";

const TODAY = new Date("2026-11-22T00:00:00Z");
const GENERAL = { domain: "example.com.ar", country: "ARG", category: "GENERAL", demoScale: "L" } as const;
const TRAVEL = { domain: "travel.example.cl", country: "CHL", category: "TRAVEL_LODGING", demoScale: "M" } as const;

function mean(values: number[]): number {
  return values.reduce((a, b) => a + b, 0) / values.length;
}

describe("demo traffic generator", () => {
  it("runs from 2019-01 to the last full month", () => {
    expect(latestFullMonth(TODAY)).toEqual({ year: 2026, month: 10 });
    expect(latestFullMonth(new Date("2027-01-05T00:00:00Z"))).toEqual({ year: 2026, month: 12 });
    const months = demoMonths(TODAY);
    expect(months[0].toISOString()).toBe("2019-01-01T00:00:00.000Z");
    expect(months.at(-1)!.toISOString()).toBe("2026-10-01T00:00:00.000Z");
    expect(months).toHaveLength(94);
  });

  it("is reproducible: the same marketplace gets the same series", () => {
    const months = demoMonths(TODAY);
    expect(demoVisits(GENERAL, months)).toEqual(demoVisits(GENERAL, months));
    expect(demoVisits(GENERAL, months)).not.toEqual(demoVisits({ ...GENERAL, domain: "other.com.ar" }, months));
  });

  it("produces non-negative integers", () => {
    for (const v of demoVisits(GENERAL, demoMonths(TODAY))) {
      expect(Number.isInteger(v)).toBe(true);
      expect(v).toBeGreaterThanOrEqual(0);
    }
  });

  it("shows the 2020 pandemic: online shopping rises, travel falls", () => {
    const months = demoMonths(TODAY);
    const window = (values: number[], year: number) =>
      mean(values.filter((_, i) => months[i].getUTCFullYear() === year && months[i].getUTCMonth() >= 3));
    const shop = demoVisits(GENERAL, months);
    const travel = demoVisits(TRAVEL, months);
    expect(window(shop, 2020) / window(shop, 2019)).toBeGreaterThan(1.15);
    expect(window(travel, 2020) / window(travel, 2019)).toBeLessThan(0.8);
  });

  it("peaks in November–December for retail", () => {
    const months = demoMonths(TODAY);
    const shop = demoVisits({ ...GENERAL, domain: "seasonal.example" }, months);
    const at = (month: number) => mean(shop.filter((_, i) => months[i].getUTCMonth() === month && months[i].getUTCFullYear() >= 2023));
    expect(at(11)).toBeGreaterThan(at(1));
  });

  it("splits shares that sum exactly to 1 at six decimals", () => {
    const shares = normaliseShares([1, 1, 1]);
    expect(shares.reduce((a, b) => a + b * 1e6, 0)).toBe(1e6);
    expect(shares).toEqual([0.333334, 0.333333, 0.333333]);
  });

  it("gives breakdowns whose origin, gender and age shares each sum to 1", () => {
    const b = demoBreakdowns(GENERAL, 2022, ["ARG", "BRA", "CHL", "URY", "PER"], ["CHN", "JPN", "KOR"]);
    for (const parts of [b.origin, b.gender, b.age]) {
      expect(Math.round(parts.reduce((a, p) => a + p.share * 1e6, 0))).toBe(1e6);
    }
    expect(b.origin[0]).toMatchObject({ origin: "ARG" });
    expect(b.origin[0].share).toBeGreaterThan(0.7);
    expect(b.origin.map((o) => o.origin)).toContain("OTHER");
    expect(b.age).toHaveLength(6);
  });
});
