import { parse } from "csv-parse/sync";
import { beforeAll, describe, expect, it } from "vitest";
import { GET } from "@/app/api/csv/[...path]/route";
import { getGapMatrix } from "@/lib/policies/queries/gaps";
import { searchPolicies } from "@/lib/policies/queries/search";
import { choicesOf, getPolicyVocabularies } from "@/lib/policies/queries/vocabularies";
import { searchParamsOf } from "@/lib/core/url-state";
import { gapScope, parseGapView } from "@/lib/policies/view-state/gaps";
import { parsePolicySearch, type PolicyChoices } from "@/lib/policies/view-state/search";
import { loadPolicyInventoryFixture } from "@/tests/helpers/policy-inventory-fixture";
import { useScratchDatabase } from "@/tests/helpers/scratch-db-hooks";

/** A CSV through the generic route, as /api/csv/<path><query> (old /api/policies/… URLs are rewritten to it). */
const csv = (path: string[], query = "") => GET(new Request(`http://x/api/csv/${path.join("/")}${query}`), { params: Promise.resolve({ path }) });
const table = async (response: Response) => {
  expect(response.status).toBe(200);
  const [header, ...rows] = parse(await response.text(), { bom: true }) as string[][];
  return { header, records: rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]]))) };
};

const SEARCH_HEADER = [
  "policy_id", "country_iso3", "country", "region", "fealac_member", "name_original", "name_en", "implementing_agency", "partners",
  "launch_year", "end_year", "status", "instrument_types", "target_groups", "sector", "market_focus", "pandemic_response",
  "description", "results", "sources", "verification", "verified_on", "notes",
];

describe("policy inventory cards through the generic CSV route", () => {
  let choices: PolicyChoices;
  let members: string[];
  useScratchDatabase(async (db) => {
    await loadPolicyInventoryFixture(db);
  });
  beforeAll(async () => {
    const vocabularies = await getPolicyVocabularies();
    choices = choicesOf(vocabularies);
    members = vocabularies.economies.filter((e) => e.isFealacMember).map((e) => e.iso3.toLowerCase());
  });

  /** Ids the search returns for a query, every page (the page parameter aside), as the page reads the query. */
  const searchIds = async (query: string, locale = "en") => {
    const { state } = parsePolicySearch(searchParamsOf(`http://x/${query}`), choices);
    return (await searchPolicies(state, { page: 1, pageSize: 1000, locale })).rows.map((r) => String(r.id));
  };

  it("search: exactly the published policies the search returns, in its order, every page, with the renamed headers", async () => {
    for (const query of ["", "?target=digital-exporters", "?q=online", "?region=latin-america&instrument=training", "?q=export&page=2"]) {
      const { header, records } = await table(await csv(["policies"], query));
      expect(header).toEqual(SEARCH_HEADER);
      expect(records.map((r) => r.policy_id), query).toEqual(await searchIds(query));
    }
    // The view's table id gives the same CSV as the view's own path (the old /api/policies URL).
    const named = await table(await csv(["policies", "results"], "?target=digital-exporters"));
    expect(named.records.map((r) => r.policy_id)).toEqual(await searchIds("?target=digital-exporters"));

    const { records } = await table(await csv(["policies"], "?target=digital-exporters"));
    expect(records[0]).toMatchObject({
      country_iso3: "CHL",
      country: "Chile",
      region: "LATIN_AMERICA",
      fealac_member: "true",
      name_en: "Export coaching",
      implementing_agency: "ProChile",
      instrument_types: "training",
      target_groups: "women | digital-exporters",
      sources: "Test document [003_35b9868c0eedbceb.txt, lines 217-244]",
      verification: "UNVERIFIED",
    });
    expect(records.find((r) => r.country_iso3 === "USA")).toMatchObject({ region: "", fealac_member: "false" });
  });

  it("search: lang=es names the economies in Spanish and orders them as the Spanish list does", async () => {
    const { records } = await table(await csv(["policies"], "?lang=es"));
    expect(records.map((r) => r.policy_id)).toEqual(await searchIds("", "es"));
    expect([...new Set(records.map((r) => r.country))]).toEqual(["Chile", "Estados Unidos", "Japón", "México", "Perú", "República de Corea"]);
  });

  it("search: lang=pt is the English CSV, since every name in it comes from the database", async () => {
    const english = await table(await csv(["policies"]));
    expect((await table(await csv(["policies"], "?lang=pt"))).records).toEqual(english.records);
  });

  it("gaps: one card per dimension whose counts equal the gap query's, from the page's URL state", async () => {
    for (const query of ["", "?region=latin-america", "?region=east-asia&empty=hide&economy=arg", "?economy=PER&region=latin-america&region=east-asia"]) {
      const { state } = parseGapView(searchParamsOf(`http://x/${query}`), members);
      const scope = gapScope(state);
      for (const [dimension, slugs] of [["instrument", ["training", "financing", "portal"]], ["target", ["all-msmes", "women", "digital-exporters"]]] as const) {
        const { header, records } = await table(await csv(["policies", "gaps", dimension], query));
        expect(header).toEqual(["country_iso3", "country", "region", "benchmarked", "published_policies", ...slugs]);
        const rows = await getGapMatrix(dimension, scope);
        expect(records.map((r) => [r.country_iso3, r.region, r.benchmarked, Number(r.published_policies), ...slugs.map((s) => Number(r[s]))]), `${dimension}${query}`).toEqual(
          rows.map((r) => [r.iso3, r.regionCode, String(r.iso3 === scope.include), r.total, ...slugs.map((s) => r.counts[s])]),
        );
      }
    }
    // A repeated parameter is read as on the page (its first value): East Asia, with Argentina kept as benchmarked.
    const kept = await table(await csv(["policies", "gaps", "target"], "?region=east-asia&region=latin-america&empty=hide&economy=arg"));
    expect(kept.records.map((r) => [r.country_iso3, r.benchmarked])).toEqual([["JPN", "false"], ["KOR", "false"], ["ARG", "true"]]);
    const response = await csv(["policies", "gaps", "instrument"], "?region=latin-america");
    expect(response.headers.get("Content-Disposition")).toContain("fealac-msme-policy-gaps-instrument-latin-america.csv");
  });

  it("gaps: lang=es names the economies in Spanish", async () => {
    const { records } = await table(await csv(["policies", "gaps", "instrument"], "?region=east-asia&lang=es"));
    expect(records.map((r) => r.country)).toEqual(["Japón", "República de Corea", "Tailandia"]);
  });

  it("answers an unknown dimension with the API's 404 JSON error", async () => {
    for (const path of [["policies", "gaps", "region"], ["policies", "gaps"]]) {
      const response = await csv(path);
      expect(response.status).toBe(404);
      const body = await response.json();
      expect(body).toEqual({ error: { code: "not-found", message: expect.any(String), parameter: expect.any(String) } });
      expect(body.error.message).toContain("instrument, target");
    }
  });

  it("country: an economy's published measures, one row per instrument type; an unknown economy is a 404", async () => {
    const { header, records } = await table(await csv(["policies", "country", "per", "measures"]));
    expect(header).toEqual(["country_iso3", "country", "instrument_type", "policy_id", "name_en", "name_original", "launch_year", "end_year", "status", "verification"]);
    expect(records.map((r) => [r.country_iso3, r.instrument_type, r.name_en, r.launch_year, r.verification])).toEqual([
      ["PER", "training", "Women online", "2015", "UNVERIFIED"],
      ["PER", "portal", "Women online", "2015", "UNVERIFIED"],
    ]);
    const spanish = await table(await csv(["policies", "country", "per"], "?lang=es"));
    expect(spanish.records.map((r) => r.country)).toEqual(["Perú", "Perú"]);
    expect((await table(await csv(["policies", "country", "arg"]))).records).toEqual([]);
    const unknown = await csv(["policies", "country", "xyz"]);
    expect(unknown.status).toBe(404);
    expect((await unknown.json()).error).toMatchObject({ code: "not-found", parameter: "iso3" });
  });
});
