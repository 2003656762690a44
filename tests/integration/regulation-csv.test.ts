import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { GET } from "@/app/api/csv/[...path]/route";
import { loadRegulationFixture } from "@/tests/helpers/regulation-fixture";
import { useScratchDatabase } from "@/tests/helpers/scratch-db-hooks";

const rowsOf = async (response: Response) => parse(await response.text(), { columns: true, bom: true }) as Array<Record<string, string>>;

/** The per-view CSV route, called as next.config.js rewrites /api/regulations/… (and serves /api/csv/regulations/…). */
const csv = (url: string) => {
  const request = new Request(new URL(url, "http://x"));
  const path = new URL(request.url).pathname.replace(/^\/api\/(csv\/)?/, "").split("/");
  return GET(request, { params: Promise.resolve({ path }) });
};

const ENTRY_HEADER = [
  "country_iso3", "country", "pillar_code", "indicator_code", "indicator", "indicator_weight", "status", "score [0 open to 1 restrictive]",
  "answer", "instrument_name", "instrument_number", "instrument_year", "last_amended_year", "article", "description", "coverage",
  "sources", "verification", "verified_on", "verified_by", "dispute_note",
];

describe("regulation CSVs follow the view's URL state", () => {
  useScratchDatabase(async (db) => {
    await loadRegulationFixture(db);
  });

  it("compare: only the differing indicators with diff=only, one row per economy", async () => {
    const all = await rowsOf(await csv("/api/regulations/compare?economies=KOR,JPN"));
    expect(all).toHaveLength(5 * 2);
    const only = await rowsOf(await csv("/api/regulations/compare?economies=KOR,JPN&diff=only"));
    expect(only.map((r) => `${r.country_iso3} ${r.indicator_code} ${r.status}`)).toEqual([
      "KOR P01.1 NO_DATA", "JPN P01.1 IN_FORCE", "KOR P02.2 NO_DATA", "JPN P02.2 NONE",
    ]);
    expect(only.every((r) => r.differs === "true")).toBe(true);
    expect((await csv("/api/regulations/compare?economies=KOR")).status).toBe(400);
  });

  it("similarity: the distance only where the overlap is enough", async () => {
    const rows = await rowsOf(await csv("/api/regulations/similarity"));
    expect(rows.map((r) => [r.country_a_iso3, r.country_b_iso3, r["distance [0 same to 1 opposite]"], r.shared_indicators, r.shown])).toEqual([
      ["ARG", "CHL", "0.666667", "3", "true"],
      ["ARG", "JPN", "", "1", "false"],
      ["CHL", "JPN", "", "2", "false"],
    ]);
  });

  it("pillar: the ranking with the region filter", async () => {
    const response = await csv("/api/regulations/pillar/p01?region=latin-america");
    expect((await rowsOf(response)).map((r) => [r.rank, r.country_iso3, r["indicators_scored [indicators]"]])).toEqual([["1", "CHL", "2"], ["2", "ARG", "3"]]);
  });

  it("economy: every indicator with its entry, no data where there is none, names in the CSV's language", async () => {
    const response = await csv("/api/regulations/economy/arg");
    expect(response.status).toBe(200);
    const rows = await rowsOf(response);
    expect(Object.keys(rows[0])).toEqual(ENTRY_HEADER);
    expect(rows.map((r) => `${r.indicator_code} ${r.status} ${r["score [0 open to 1 restrictive]"]}`)).toEqual([
      "P01.1 IN_FORCE 1", "P01.2 IN_FORCE 0", "P01.3 PARTIAL 0.5", "P02.1 IN_FORCE 0", "P02.2 NO_DATA ",
    ]);
    expect(rows[0]).toMatchObject({ country_iso3: "ARG", pillar_code: "P01", indicator: "Indicator P01.1", indicator_weight: "2", article: "Article 14 (zymurgical exemptions)" });

    // KOR has no entry rows at all: every indicator reads NO_DATA.
    const spanish = await rowsOf(await csv("/api/csv/regulations/economy/kor/entries?lang=es"));
    expect(spanish.map((r) => [r.indicator, r.status])).toEqual(["P01.1", "P01.2", "P01.3", "P02.1", "P02.2"].map((c) => [`Indicador ${c}`, "NO_DATA"]));
    // Portuguese: the country's name from the country-name list; indicators, which the database holds in English and Spanish only, in English.
    const portuguese = await rowsOf(await csv("/api/csv/regulations/economy/kor/entries?lang=pt"));
    expect(portuguese.map((r) => [r.country, r.indicator])).toEqual(["P01.1", "P01.2", "P01.3", "P02.1", "P02.2"].map((c) => ["Coreia do Sul", `Indicator ${c}`]));
    expect((await csv("/api/csv/regulations/economy/usa")).status).toBe(404);
  });

  it("search: every matching entry, all pages at once, with the same filters as the list", async () => {
    const found = await rowsOf(await csv("/api/regulations/search?q=zymurgical"));
    expect(found.map((r) => `${r.country_iso3} ${r.indicator_code}`)).toEqual(["ARG P01.1"]);
    expect(found[0]).toMatchObject({ instrument_name: "Ley de Protección de Datos", indicator_weight: "2", status: "IN_FORCE" });
    // A page number narrows the list on screen, never the CSV; unknown filter values fall away as on the page.
    const japan = await rowsOf(await csv("/api/csv/regulations/search?economy=jpn,xxx&page=2"));
    expect(japan.map((r) => `${r.country_iso3} ${r.indicator_code}`)).toEqual(["JPN P01.1", "JPN P02.2"]);
    const filtered = await rowsOf(await csv("/api/csv/regulations/search?economy=ARG&economy=CHL&pillar=P02&status=none"));
    expect(filtered.map((r) => `${r.country_iso3} ${r.indicator_code}`)).toEqual(["CHL P02.1"]);
  });
});
