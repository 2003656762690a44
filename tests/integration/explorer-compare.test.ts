import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { GET } from "@/app/api/csv/[...path]/route";
import type { Database } from "@/lib/core/db";
import { getCompareChoices, getCompareSeries, getSuggestedPair, TooManyItemsError, type ComparePoint } from "@/lib/explorer/queries/compare";
import { indicatorGaps } from "@/lib/explorer/view-state/compare";
import { loadExplorerFixture } from "@/tests/helpers/explorer-fixture";
import { useScratchDatabase } from "@/tests/helpers/scratch-db-hooks";

/**
 * The explorer fixture (visits per month, constant within a year):
 *   Chile: a 2023 100, 2024 150; b 2023 50, 2024 50
 *   Japan: c 2023 100, 2024 200; d 2024 50 (no 2023)
 * plus population and internet use chosen so that internet users are round numbers,
 * and one demonstration row.
 */
async function load(db: Database) {
  await loadExplorerFixture(db);
  await db.indicator.createMany({
    data: ["SP.POP.TOTL", "IT.NET.USER.ZS"].map((code, i) => ({ code, nameEn: code, nameEs: code, unitEn: "u", unitEs: "u", publisher: "p", sortOrder: i })),
  });
  const values: Array<[string, string, number, number]> = [
    ["CHL", "SP.POP.TOTL", 2022, 1000], ["CHL", "SP.POP.TOTL", 2024, 2000],
    ["CHL", "IT.NET.USER.ZS", 2023, 50],
    ["CHL", "IT.NET.USER.ZS", 2025, 100], // after every period: must never be used
    ["JPN", "SP.POP.TOTL", 2022, 4000],
    ["JPN", "IT.NET.USER.ZS", 2024, 25], // nothing at or before 2023
  ];
  await db.indicatorValue.createMany({
    data: values.map(([countryIso3, indicatorCode, year, value]) => ({ countryIso3, indicatorCode, year, value })),
  });
  const b = await db.marketplace.findUniqueOrThrow({ where: { domain: "b.example.cl" } });
  await db.trafficMonthly.updateMany({ where: { marketplaceId: b.id, month: new Date(Date.UTC(2024, 1, 1)) }, data: { isDemo: true } });
}

/** The compare CSV through the per-view route, at the path its old URL is rewritten to. */
const compareCsv = (query: string) =>
  GET(new Request(`http://portal.test/api/csv/explorer/compare${query}`), { params: Promise.resolve({ path: ["explorer", "compare"] }) });

const at = (points: ComparePoint[], key: string, period: string) => points.find((p) => p.key === key && p.period === period);

describe("compare view aggregates", () => {
  useScratchDatabase(load);

  it("sums two countries' marketplaces per month, quarter and year", async () => {
    const monthly = await getCompareSeries("countries", ["chl", "jpn"], "month");
    expect(monthly).toHaveLength(24 + 24);
    expect(at(monthly, "chl", "2023-01-01")).toMatchObject({ visits: 100 + 50, months: 1 });
    expect(at(monthly, "chl", "2024-06-01")).toMatchObject({ visits: 150 + 50, months: 1 });
    expect(at(monthly, "jpn", "2023-01-01")).toMatchObject({ visits: 100, months: 1 });
    expect(at(monthly, "jpn", "2024-12-01")).toMatchObject({ visits: 200 + 50, months: 1 });

    const quarterly = await getCompareSeries("countries", ["chl", "jpn"], "quarter");
    expect(quarterly).toHaveLength(8 + 8);
    expect(at(quarterly, "chl", "2024-04-01")).toMatchObject({ visits: 3 * 200, months: 3 });
    expect(at(quarterly, "jpn", "2023-10-01")).toMatchObject({ visits: 3 * 100, months: 3 });
    expect(at(quarterly, "jpn", "2024-01-01")).toMatchObject({ visits: 3 * 250, months: 3 });

    const annual = await getCompareSeries("countries", ["chl", "jpn"], "year");
    expect(annual.map((p) => [p.key, p.period, p.visits, p.months])).toEqual([
      ["chl", "2023-01-01", 12 * 150, 12],
      ["chl", "2024-01-01", 12 * 200, 12],
      ["jpn", "2023-01-01", 12 * 100, 12],
      ["jpn", "2024-01-01", 12 * 250, 12],
    ]);
  });

  it("gives each of two marketplaces its own series", async () => {
    const monthly = await getCompareSeries("marketplaces", ["a-example-cl", "d-example-jp"], "month");
    expect(monthly).toHaveLength(24 + 12); // d has no 2023 traffic
    expect(at(monthly, "a-example-cl", "2023-05-01")?.visits).toBe(100);
    expect(at(monthly, "d-example-jp", "2024-05-01")?.visits).toBe(50);
    expect(at(monthly, "d-example-jp", "2023-05-01")).toBeUndefined();

    const quarterly = await getCompareSeries("marketplaces", ["a-example-cl", "d-example-jp"], "quarter");
    expect(at(quarterly, "a-example-cl", "2024-07-01")).toMatchObject({ visits: 3 * 150, months: 3 });
    expect(at(quarterly, "d-example-jp", "2024-01-01")).toMatchObject({ visits: 3 * 50, months: 3 });

    const annual = await getCompareSeries("marketplaces", ["a-example-cl", "d-example-jp"], "year");
    expect(annual.map((p) => [p.key, p.period, p.visits])).toEqual([
      ["a-example-cl", "2023-01-01", 1200],
      ["a-example-cl", "2024-01-01", 1800],
      ["d-example-jp", "2024-01-01", 600],
    ]);
  });

  it("divides by internet users from the latest figures at or before each year, and reports a missing one as missing", async () => {
    const annual = await getCompareSeries("countries", ["chl", "jpn"], "year");
    // Chile 2023: population 1,000 (2022) × 50 % (2023) = 500 internet users.
    expect(at(annual, "chl", "2023-01-01")).toMatchObject({ internetUsers: 500, populationYear: 2022, internetUseYear: 2023, perInternetUser: 1800 / 500 });
    // Chile 2024: population 2,000 (2024) × 50 % (2023; the 2025 figure is later) = 1,000.
    expect(at(annual, "chl", "2024-01-01")).toMatchObject({ internetUsers: 1000, populationYear: 2024, internetUseYear: 2023, perInternetUser: 2400 / 1000 });
    // Japan 2023: no internet-use figure at or before 2023 — visits kept, ratio missing.
    expect(at(annual, "jpn", "2023-01-01")).toMatchObject({ visits: 1200, internetUsers: null, internetUseYear: null, perInternetUser: null });
    // Japan 2024: 4,000 (2022) × 25 % (2024) = 1,000.
    expect(at(annual, "jpn", "2024-01-01")).toMatchObject({ internetUsers: 1000, perInternetUser: 3000 / 1000 });

    const monthly = await getCompareSeries("countries", ["chl", "jpn"], "month");
    expect(at(monthly, "chl", "2024-01-01")?.perInternetUser).toBeCloseTo(200 / 1000, 12);
    expect(at(monthly, "jpn", "2023-07-01")?.perInternetUser).toBeNull();

    const gaps = indicatorGaps(monthly);
    expect([...gaps.keys()]).toEqual(["jpn"]);
    expect(gaps.get("jpn")).toEqual({ years: [2023], all: false });

    // A marketplace is measured against its home country's internet users.
    const markets = await getCompareSeries("marketplaces", ["a-example-cl", "c-example-jp"], "year");
    expect(at(markets, "a-example-cl", "2024-01-01")?.perInternetUser).toBe(1800 / 1000);
    expect(at(markets, "c-example-jp", "2024-01-01")?.perInternetUser).toBe(2400 / 1000);
    expect(at(markets, "c-example-jp", "2023-01-01")?.perInternetUser).toBeNull();
  });

  it("flags the periods that contain demonstration traffic", async () => {
    const annual = await getCompareSeries("countries", ["chl", "jpn"], "year");
    expect(annual.filter((p) => p.demo).map((p) => [p.key, p.period])).toEqual([["chl", "2024-01-01"]]);
  });

  it("refuses more than eight items", async () => {
    const nine = ["a", "b", "c", "d", "e", "f", "g", "h", "i"];
    await expect(getCompareSeries("countries", nine, "year")).rejects.toBeInstanceOf(TooManyItemsError);
    await expect(getCompareSeries("countries", nine.slice(0, 8), "year")).resolves.toEqual([]);
  });

  it("offers member countries that have marketplaces, and suggests the largest of each region", async () => {
    const choices = await getCompareChoices();
    expect(choices.countries.map((c) => [c.key, c.regionCode])).toEqual([["jpn", "EAST_ASIA"], ["chl", "LATIN_AMERICA"]]);
    expect(choices.marketplaces.map((m) => [m.key, m.countryKey])).toEqual([
      ["a-example-cl", "chl"], ["b-example-cl", "chl"], ["c-example-jp", "jpn"], ["d-example-jp", "jpn"],
    ]);
    // Japan 1,200 + 3,000 and Chile 1,800 + 2,400; c 3,600 and a 3,000 lead their regions.
    expect(await getSuggestedPair("countries")).toEqual(["jpn", "chl"]);
    expect(await getSuggestedPair("marketplaces")).toEqual(["c-example-jp", "a-example-cl"]);
  });

  it("downloads the displayed data as CSV from the same URL state", async () => {
    const response = await compareCsv("?countries=jpn,chl,xxx&measure=per-internet-user&granularity=year&display=table");
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="fealac-explorer-compare-countries-per-internet-user-year.csv"');
    const records = parse(await response.text(), { columns: true, bom: true }) as Array<Record<string, string>>;
    // In the order chosen (Japan first), the unknown code dropped; Japan 2023 kept with empty ratio cells.
    expect(records.map((r) => [r.key, r.period_start, r.visits, r.internet_users, r.visits_per_internet_user, r.data_status])).toEqual([
      ["jpn", "2023-01-01", "1200", "", "", "reported"],
      ["jpn", "2024-01-01", "3000", "1000", "3", "reported"],
      ["chl", "2023-01-01", "1800", "500", "3.6", "reported"],
      ["chl", "2024-01-01", "2400", "1000", "2.4", "demonstration"],
    ]);
    expect(records[3]).toMatchObject({ name: "Chile", country_iso3: "CHL", population_year: "2024", internet_use_year: "2023", kind: "countries" });

    const visitsOnly = await compareCsv("?kind=marketplaces&marketplaces=d-example-jp&granularity=quarter");
    const rows = parse(await visitsOnly.text(), { columns: true, bom: true }) as Array<Record<string, string>>;
    expect(Object.keys(rows[0])).not.toContain("visits_per_internet_user");
    expect(rows.map((r) => [r.period_start, r.visits, r.country_iso3])).toEqual(
      ["2024-01-01", "2024-04-01", "2024-07-01", "2024-10-01"].map((q) => [q, "150", "JPN"]),
    );
  });
});
