import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { GET } from "@/app/api/csv/[...path]/route";
import type { Database } from "@/lib/core/db";
import { INDICATOR_FIXTURE_CITATION, loadExplorerFixture, loadIndicatorFixture } from "@/tests/helpers/explorer-fixture";
import { useScratchDatabase } from "@/tests/helpers/scratch-db-hooks";

/**
 * Every explorer table's CSV, fetched at its old address (/api/explorer/…),
 * which next.config.js rewrites to /api/csv/explorer/…: the route gets the
 * old path without its /api/ prefix. On the explorer fixture (visits per month):
 *   Chile: a 2023 100, 2024 150; b 2023 50, 2024 50
 *   Japan: c 2023 100, 2024 200; d 2024 50 (no 2023)
 */
async function get(oldUrl: string): Promise<Response> {
  const url = new URL(oldUrl, "http://portal.test");
  const path = url.pathname.replace(/^\/api\//, "").split("/");
  return GET(new Request(`http://portal.test/api/csv/${path.join("/")}${url.search}`), { params: Promise.resolve({ path }) });
}

async function csv(oldUrl: string): Promise<{ header: string[]; records: Array<Record<string, string>>; filename: string | null }> {
  const response = await get(oldUrl);
  expect(response.status, oldUrl).toBe(200);
  const text = await response.text();
  const [header] = parse(text, { bom: true, toLine: 1 }) as string[][];
  const records = parse(text, { columns: true, bom: true }) as Array<Record<string, string>>;
  const filename = /filename="([^"]+)"/.exec(response.headers.get("content-disposition") ?? "")?.[1] ?? null;
  return { header, records, filename };
}

async function load(db: Database) {
  await loadExplorerFixture(db);
  await loadIndicatorFixture(db);
  await db.indicatorValue.create({ data: { countryIso3: "JPN", indicatorCode: "IT.NET.USER.ZS", year: 2023, value: 80 } });
}

describe("explorer cards as CSV", () => {
  useScratchDatabase(load);

  it("region overview: series, origin, top marketplaces and country ranking", async () => {
    const series = await csv("/api/explorer/region/series?granularity=year");
    expect(series.header).toEqual(["period_start", "granularity", "visits", "months_with_data", "data_status"]);
    expect(series.records.map((r) => [r.period_start, r.visits])).toEqual([["2023-01-01", String(12 * 250)], ["2024-01-01", String(12 * 450)]]);

    const origin = await csv("/api/explorer/region/origin?year=2024");
    expect(origin.header).toEqual(["year", "origin_group", "share_of_visits [share 0-1]", "data_status"]);
    expect(origin.records).toHaveLength(4);
    // Covered visits a 1,800 + b 600 + c 2,400; domestic 1,440 + 600 + 1,200.
    expect(Number(origin.records.find((r) => r.origin_group === "domestic")!["share_of_visits [share 0-1]"])).toBeCloseTo(3240 / 4800, 10);

    const top = await csv("/api/explorer/region/top?year=2024");
    expect(top.records.map((r) => [r.rank, r.marketplace_name, r.visits])).toEqual([["1", "C", "2400"], ["2", "A", "1800"], ["3", "B", "600"], ["4", "D", "600"]]);

    const ranking = await csv("/api/explorer/region/ranking");
    expect(ranking.header).toContain("growth_yoy [ratio]");
    expect(ranking.records.map((r) => [r.country_iso3, r.visits, r.previous_year_visits])).toEqual([["JPN", "3000", "1200"], ["CHL", "2400", "1800"]]);
  });

  it("country page: series, marketplaces, origin, profile and indicators", async () => {
    const series = await csv("/api/explorer/country/chl/series?granularity=year");
    expect(series.header).toEqual(["country_iso3", "period_start", "granularity", "visits", "months_with_data", "data_status"]);
    expect(series.records.map((r) => r.visits)).toEqual(["1800", "2400"]);
    expect(series.filename).toBe("fealac-explorer-chl-series-year.csv");

    const marketplaces = await csv("/api/explorer/country/chl/marketplaces?year=2024");
    expect(marketplaces.header).toEqual([
      "year", "rank", "marketplace_name", "domain", "category", "visits", "share_of_visits [share 0-1]", "growth_yoy [ratio]", "data_status",
    ]);
    expect(marketplaces.records.map((r) => [r.rank, r.domain, r.visits, r["share_of_visits [share 0-1]"], r["growth_yoy [ratio]"], r.data_status])).toEqual([
      ["1", "a.example.cl", "1800", "0.75", "0.5", "reported"],
      ["2", "b.example.cl", "600", "0.25", "0", "reported"],
    ]);

    const origin = await csv("/api/explorer/country/chl/origin?year=2024");
    expect(origin.header).toEqual(["year", "origin_iso3", "origin_fealac_region", "share_of_visits [share 0-1]", "data_status"]);
    expect(origin.records.map((r) => r.origin_iso3)).toEqual(["CHL", "ARG", "JPN", "USA"]);
    expect(Number(origin.records[0]["share_of_visits [share 0-1]"])).toBeCloseTo((1800 * 0.8 + 600) / 2400, 10);
    expect(origin.records.map((r) => r.origin_fealac_region)).toEqual(["LATIN_AMERICA", "LATIN_AMERICA", "EAST_ASIA", ""]);

    const profile = await csv("/api/explorer/country/chl/profile?year=2024");
    expect(profile.header).toEqual(["year", "breakdown", "group", "share_of_visits [share 0-1]", "data_status"]);
    // Only a has a gender breakdown; no marketplace has an age breakdown.
    expect(profile.records.map((r) => [r.breakdown, r.group, Number(r["share_of_visits [share 0-1]"]).toFixed(6)])).toEqual([
      ["gender", "FEMALE", "0.600000"],
      ["gender", "MALE", "0.400000"],
    ]);

    const indicators = await csv("/api/explorer/country/chl/indicators");
    expect(indicators.header).toEqual(["country_iso3", "indicator_code", "indicator", "unit", "year", "value", "sources"]);
    expect(indicators.records).toEqual([
      { country_iso3: "CHL", indicator_code: "IT.NET.USER.ZS", indicator: "Internet users", unit: "%", year: "2023", value: "94.5", sources: INDICATOR_FIXTURE_CITATION },
    ]);
    expect(indicators.filename).toBe("fealac-explorer-chl-indicators-latest.csv");
    const spanish = await csv("/api/explorer/country/chl/indicators?lang=es");
    expect(spanish.records[0].indicator).toBe("Usuarios de Internet");
  });

  it("marketplace page: the monthly series at the page's own address, then origin and profile", async () => {
    const monthly = await csv("/api/explorer/marketplace/a-example-cl");
    expect(monthly.header).toEqual([
      "marketplace_name", "domain", "country_iso3", "month", "visits", "growth_mom [ratio]", "growth_yoy [ratio]", "data_status",
    ]);
    expect(monthly.records).toHaveLength(24);
    expect(monthly.records[0]).toMatchObject({ marketplace_name: "A", month: "2023-01", visits: "100", "growth_mom [ratio]": "", "growth_yoy [ratio]": "" });
    // January 2024: 150 after 100 in December and in January 2023.
    expect(monthly.records[12]).toMatchObject({ month: "2024-01", "growth_mom [ratio]": "0.5", "growth_yoy [ratio]": "0.5" });
    expect(monthly.filename).toBe("fealac-explorer-marketplace-a-example-cl-monthly.csv");

    const origin = await csv("/api/explorer/marketplace/a-example-cl/origin?year=2024");
    expect(origin.records.map((r) => [r.origin_iso3, Number(r["share_of_visits [share 0-1]"]).toFixed(6)])).toEqual([
      ["CHL", "0.800000"], ["ARG", "0.100000"], ["JPN", "0.050000"], ["USA", "0.050000"],
    ]);
    const profile = await csv("/api/explorer/marketplace/c-example-jp/profile?year=2024");
    expect(profile.records.map((r) => [r.group, r["share_of_visits [share 0-1]"]])).toEqual([["FEMALE", "0.3"], ["MALE", "0.7"]]);
  });

  it("compare view: one row per item and period, in the order chosen", async () => {
    const compare = await csv("/api/explorer/compare?countries=jpn,chl&granularity=year");
    expect(compare.header).toEqual(["period_start", "granularity", "kind", "key", "name", "country_iso3", "visits", "months_with_data", "data_status"]);
    expect(compare.records.map((r) => [r.key, r.period_start, r.visits])).toEqual([
      ["jpn", "2023-01-01", "1200"], ["jpn", "2024-01-01", "3000"], ["chl", "2023-01-01", "1800"], ["chl", "2024-01-01", "2400"],
    ]);
    const spanish = await csv("/api/explorer/compare?countries=jpn&granularity=year&lang=es");
    expect(spanish.records[0].name).toBe("Japón");
    // The database has no Portuguese names: a Portuguese page's CSV names the country in English.
    const portuguese = await csv("/api/explorer/compare?countries=jpn&granularity=year&lang=pt");
    expect(portuguese.records[0].name).toBe("Japan");
  });

  it("corridor view: the matrix's cells at the view's own address, and the largest corridors", async () => {
    const matrix = await csv("/api/explorer/corridor?year=2024");
    expect(matrix.header).toEqual([
      "year", "direction", "origin_iso3", "origin_country", "destination_iso3", "destination_country", "estimated_visits [visits in the year]", "data_status",
    ]);
    // Japanese visitors to Chilean marketplace a: 1,800 × 5 %.
    expect(matrix.records).toEqual([
      {
        year: "2024", direction: "east-asia-to-latin-america", origin_iso3: "JPN", origin_country: "Japan",
        destination_iso3: "CHL", destination_country: "Chile", "estimated_visits [visits in the year]": "90", data_status: "reported",
      },
    ]);
    expect(matrix.filename).toBe("fealac-explorer-corridor-east-asia-to-latin-america-2024.csv");

    const top = await csv("/api/explorer/corridor/top?direction=latin-america-to-east-asia&year=2024");
    expect(top.header).toContain("share_of_visits [share 0-1]");
    // Chilean visitors to Japanese marketplace c: 2,400 × 20 %, the only corridor.
    expect(top.records.map((r) => [r.rank, r.origin_iso3, r.destination_iso3, r["estimated_visits [visits in the year]"], r["share_of_visits [share 0-1]"]])).toEqual([
      ["1", "CHL", "JPN", "480", "1"],
    ]);
  });

  it("determinants view: the measure's column named after it, the indicator's unit in its header", async () => {
    const result = await csv("/api/explorer/determinants?measure=cross-border-share&indicator=IT.NET.USER.ZS&year=2024");
    expect(result.header).toEqual([
      "year", "country_iso3", "country", "region", "cross_border_share [share 0-1]", "indicator_code", "indicator_value [%]",
      "indicator_year", "indicator_source", "pearson_r", "n_countries", "data_status",
    ]);
    // Chile: 1 − (1,800 × 80 % + 600) / 2,400; Japan: 1 − 2,400 × 50 % / 2,400 (d has no breakdown).
    expect(result.records.map((r) => [r.country, Number(r["cross_border_share [share 0-1]"]).toFixed(6), r["indicator_value [%]"], r.indicator_year, r.indicator_source, r.n_countries])).toEqual([
      ["Chile", "0.150000", "94.5", "2023", INDICATOR_FIXTURE_CITATION, "2"],
      ["Japan", "0.500000", "80", "2023", INDICATOR_FIXTURE_CITATION, "2"],
    ]);
    expect(result.records[0].pearson_r).toBe(""); // fewer than three countries
    const perUser = await csv("/api/explorer/determinants?indicator=IT.NET.USER.ZS&year=2024");
    expect(perUser.header[4]).toBe("visits_per_internet_user [visits in the year per internet user]");
  });

  it("answers 404 for an unknown table, country or marketplace", async () => {
    const unknownCard = await get("/api/explorer/country/chl/nope");
    expect(unknownCard.status).toBe(404);
    expect((await unknownCard.json()).error.parameter).toBe("table");
    for (const url of ["/api/explorer/country/xyz/series", "/api/explorer/country/usa/series"]) {
      const response = await get(url);
      expect(response.status, url).toBe(404);
      expect((await response.json()).error.parameter).toBe("iso3");
    }
    const unknownMarketplace = await get("/api/explorer/marketplace/nope");
    expect(unknownMarketplace.status).toBe(404);
    expect((await unknownMarketplace.json()).error.parameter).toBe("slug");
    expect((await get("/api/explorer/marketplace/a-example-cl/nope")).status).toBe(404);
  });
});
