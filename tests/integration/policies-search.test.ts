import { beforeAll, describe, expect, it } from "vitest";
import { getPublishedPolicy, getRelatedPolicies } from "@/lib/policies/queries/detail";
import { getCountryMeasures } from "@/lib/policies/queries/country";
import { getFacetCounts, listPoliciesForExport, MATCH_END, MATCH_START, searchPolicies } from "@/lib/policies/queries/search";
import { choicesOf, getPolicyVocabularies } from "@/lib/policies/queries/vocabularies";
import { parsePolicySearch, type PolicyChoices } from "@/lib/policies/view-state/search";
import { loadPolicyInventoryFixture } from "@/tests/helpers/policy-inventory-fixture";
import { useScratchDatabase } from "@/tests/helpers/scratch-db-hooks";

describe("public policy search", () => {
  let ids: Record<string, number> = {};
  let choices: PolicyChoices;
  useScratchDatabase(async (db) => {
    ids = await loadPolicyInventoryFixture(db);
  });
  beforeAll(async () => {
    choices = choicesOf(await getPolicyVocabularies());
  });

  /** The filters a URL query gives, as the page reads them. */
  const filtersOf = (query: Record<string, string>) => {
    const { state } = parsePolicySearch(query, choices);
    return state;
  };
  const names = async (query: Record<string, string>, page = 1, pageSize = 20) =>
    (await searchPolicies(filtersOf(query), { page, pageSize, locale: "en" })).rows.map((r) => r.nameEn);
  const counts = async (query: Record<string, string>) => {
    const out: Record<string, Record<string, number>> = {};
    for (const { facet, value, count } of await getFacetCounts(filtersOf(query))) (out[facet] ??= {})[value] = count;
    return out;
  };

  it("lists only published policies, by economy and name, and offers only economies that can be chosen", async () => {
    expect(await names({})).toEqual([
      "Export coaching", "Seed grants", // Chile
      "Digital export support", // Japan
      "SME credit", // Mexico
      "Women online", // Peru
      "Training centres", // Republic of Korea
      "Export portal", // United States
    ]);
    // Members (with or without policies) and the non-member that has a published policy.
    expect([...choices.economies].sort()).toEqual(["arg", "chl", "jpn", "kor", "mex", "per", "tha", "usa"]);
  });

  it("matches words in any form through the english and simple readings of the query", async () => {
    // "exporting" stems to "export": names and descriptions with export/exporters match; the draft and the archived one never.
    expect(await names({ q: "exporting" })).toEqual(expect.arrayContaining(["Export coaching", "Digital export support", "Export portal"]));
    expect(await names({ q: "exporting" })).toHaveLength(3);
    expect((await names({ q: "online" })).sort()).toEqual(["Digital export support", "Export coaching", "Export portal", "Women online"]);
    // The original name is searchable as written (simple configuration), the agency too.
    expect(await names({ q: "crédito" })).toEqual(["SME credit"]);
    // Accents are optional, either way round: typed without them, or with them where the text has none.
    expect(await names({ q: "credito pyme" })).toEqual(["SME credit"]);
    expect(await names({ q: "prochíle" })).toEqual(["Export coaching"]);
    expect(await names({ q: "prochile" })).toEqual(["Export coaching"]);
    // websearch syntax: a phrase and an exclusion.
    expect(await names({ q: '"export online"' })).toEqual(["Digital export support"]); // not "online export guidance"
    expect((await names({ q: '"selling online"' })).sort()).toEqual(["Export coaching", "Women online"]); // "to sell online" too
    expect((await names({ q: "online -export" })).sort()).toEqual(["Women online"]);
    // An exclusion holds in both readings: "-exporters" also leaves out "export" (english stem).
    expect(await names({ q: "online -exporters" })).toEqual(["Women online"]);
    expect((await names({ q: "-online" })).sort()).toEqual(["SME credit", "Seed grants", "Training centres"]);
    expect(await names({ q: "unpublished" })).toEqual([]);
    expect(await names({ q: "archived" })).toEqual([]);
  });

  it("ranks name matches first and marks the matched words in the snippet", async () => {
    const { rows, total } = await searchPolicies(filtersOf({ q: "online" }), { page: 1, locale: "en" });
    expect(total).toBe(4);
    expect(rows[0].nameEn).toBe("Women online"); // in the name (weight A) before description-only matches
    expect(rows[0].snippet).toBe(`Training women entrepreneurs to sell ${MATCH_START}online${MATCH_END}.`);
  });

  it("counts each facet value with the other active filters applied, never drafts or archived policies", async () => {
    const all = await counts({});
    expect(all.economy).toEqual({ chl: 2, per: 1, mex: 1, jpn: 1, kor: 1, usa: 1 });
    expect(all.region).toEqual({ "latin-america": 4, "east-asia": 2, "non-member": 1 });
    expect(all.instrument).toEqual({ training: 3, financing: 2, portal: 3 });
    expect(all.target).toEqual({ "all-msmes": 3, women: 2, "digital-exporters": 3 });
    expect(all.sector).toEqual({ goods: 1, services: 1, unknown: 5 });
    expect(all.market).toEqual({ "cross-border": 2, domestic: 1, unknown: 4 });
    expect(all.status).toEqual({ ongoing: 2, ended: 1, unknown: 4 });
    expect(all.pandemic).toEqual({ yes: 2, no: 4, unknown: 1 });
    expect(all.year).toEqual({ "2003": 1, "2005": 1, "2008": 1, "2010": 1, "2015": 1, "2020": 1, unknown: 1 });

    const query = { region: "latin-america", instrument: "training" };
    expect((await names(query)).sort()).toEqual(["Export coaching", "Women online"]);
    const narrowed = await counts(query);
    // A facet's own selection is ignored for its counts: other regions show what they would add.
    expect(narrowed.region).toEqual({ "latin-america": 2, "east-asia": 1 });
    expect(narrowed.instrument).toEqual({ training: 2, financing: 2, portal: 1 });
    expect(narrowed.economy).toEqual({ chl: 1, per: 1 });
    expect(narrowed.target).toEqual({ women: 2, "digital-exporters": 1 });

    // Values of one facet are OR-ed.
    expect((await names({ economy: "chl,jpn" })).sort()).toEqual(["Digital export support", "Export coaching", "Seed grants"]);
    // Text and facets combine.
    expect((await counts({ q: "export" })).economy).toEqual({ chl: 1, jpn: 1, usa: 1 });
    expect(await names({ q: "export", region: "east-asia" })).toEqual(["Digital export support"]);
  });

  it("filters on fixed facets, unknown values included, and a launch-year range that leaves out unknown years", async () => {
    expect(await names({ pandemic: "unknown" })).toEqual(["Seed grants"]);
    expect((await names({ sector: "goods,services" })).sort()).toEqual(["Export coaching", "Women online"]);
    expect(await names({ status: "ended" })).toEqual(["Seed grants"]);
    expect(await names({ market: "domestic" })).toEqual(["Women online"]);
    expect((await names({ from: "2006", to: "2016" })).sort()).toEqual(["Export coaching", "Training centres", "Women online"]);
    expect(await names({ from: "2016", to: "2006" })).toHaveLength(3); // a reversed range reads the same
    expect(await names({ from: "2020" })).toEqual(["Digital export support"]);
  });

  it("pages through the results in order", async () => {
    const pages = [await names({}, 1, 3), await names({}, 2, 3), await names({}, 3, 3), await names({}, 4, 3)];
    expect(pages).toEqual([
      ["Export coaching", "Seed grants", "Digital export support"],
      ["SME credit", "Women online", "Training centres"],
      ["Export portal"],
      [],
    ]);
    const { total } = await searchPolicies(filtersOf({}), { page: 3, pageSize: 3, locale: "en" });
    expect(total).toBe(7);
  });

  it("exports every matching row (all pages) in the list's order", async () => {
    const rows = await listPoliciesForExport(filtersOf({ target: "digital-exporters" }), "en");
    expect(rows.map((r) => r.nameEn)).toEqual(["Export coaching", "Digital export support", "Export portal"]);
    expect(rows[0]).toMatchObject({
      iso3: "CHL",
      agency: "ProChile",
      instrumentTypes: ["training"],
      targetGroups: ["women", "digital-exporters"],
      sources: [{ title: "Test document", publisher: null, url: null, asOf: null, kind: "PROJECT_DOCUMENT", document: "003_35b9868c0eedbceb.txt", lines: "217-244" }],
      verification: "UNVERIFIED",
    });
  });

  it("shows a published policy, never a draft or an archived one, and ranks related policies by overlap", async () => {
    expect(await getPublishedPolicy(ids["Draft export scheme"])).toBeNull();
    expect(await getPublishedPolicy(ids["Old export programme"])).toBeNull();
    const policy = await getPublishedPolicy(ids["Export coaching"]);
    expect(policy?.sources).toEqual([{ source: { title: "Test document", publisher: null, url: null, asOf: null, kind: "PROJECT_DOCUMENT", document: "003_35b9868c0eedbceb.txt", lines: "217-244" } }]);
    expect(policy).toMatchObject({ verification: "UNVERIFIED", verifiedOn: null });

    const related = await getRelatedPolicies(ids["Export coaching"]);
    // Other economies only (not Chile's Seed grants), drafts and archived ones left out.
    expect(related.map((r) => [r.nameEn, r.overlap])).toEqual([
      ["Women online", 2],
      ["Digital export support", 1],
      ["Export portal", 1],
      ["Training centres", 1],
    ]);
    expect(related[0]).toMatchObject({ sharedInstrumentTypes: ["training"], sharedTargetGroups: ["women"] });
  });

  it("lists an economy's published measures by instrument type", async () => {
    const rows = await getCountryMeasures("PER");
    expect(rows.map((r) => [r.instrumentType, r.nameEn])).toEqual([["training", "Women online"], ["portal", "Women online"]]);
    expect(await getCountryMeasures("ARG")).toEqual([]);
  });
});
