import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { GET } from "@/app/api/csv/[...path]/route";
import type { Database } from "@/lib/core/db";
import { isFromPublicSources } from "@/lib/core/sources/citation";
import { getPolicyCoverageSummary, getPolicyReviewCounts } from "@/lib/policies/queries/coverage";
import { searchPolicies } from "@/lib/policies/queries/search";
import { choicesOf, getPolicyVocabularies } from "@/lib/policies/queries/vocabularies";
import { parsePolicySearch } from "@/lib/policies/view-state/search";
import { loadPolicyInventoryFixture } from "@/tests/helpers/policy-inventory-fixture";
import { useScratchDatabase } from "@/tests/helpers/scratch-db-hooks";

const csv = async (path: string[]) => {
  const response = await GET(new Request(`http://x/api/csv/${path.join("/")}`), { params: Promise.resolve({ path }) });
  expect(response.status).toBe(200);
  const [header, ...rows] = parse(await response.text(), { bom: true }) as string[][];
  return { header, records: rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]]))) };
};

async function publicSource(db: Database, name: string) {
  return db.source.create({ data: { key: `url:https://example.org/${name}`, title: `Public page ${name}`, url: `https://example.org/${name}` } });
}

const VERIFIED = { verification: "VERIFIED" as const, verifiedOn: new Date("2026-11-02"), verifiedBy: "Secretariat" };

describe("policy coverage", () => {
  /*
   * On the policy inventory fixture, by hand:
   *   CHL Export coaching (a project document) verified · CHL Seed grants public source, unverified → from public sources
   *   PER Women online public source, verified · MEX SME credit public source, disputed
   *   KOR Training centres public source and a project document (not from public sources only)
   *   USA Export portal public source (not a member) · CHL Draft export scheme public source (not published)
   */
  useScratchDatabase(async (db) => {
    const ids = await loadPolicyInventoryFixture(db);
    const source = await publicSource(db, "programme");
    const document = await db.source.create({ data: { key: "doc:004_test.txt#1-9", title: "Test document", kind: "PROJECT_DOCUMENT", document: "004_test.txt", lines: "1-9" } });
    for (const name of ["Seed grants", "Women online", "SME credit", "Training centres", "Export portal", "Draft export scheme"]) {
      await db.policySource.create({ data: { policyId: ids[name], position: 1, sourceId: source.id } });
    }
    await db.policySource.create({ data: { policyId: ids["Training centres"], position: 2, sourceId: document.id } });
    for (const name of ["Export coaching", "Women online"]) await db.policy.update({ where: { id: ids[name] }, data: VERIFIED });
    await db.policy.update({ where: { id: ids["SME credit"] }, data: { verification: "DISPUTED", disputeNote: "The programme ended in 2019." } });
  });

  it("counts each member's published measures, the verified ones and those from public sources not yet reviewed", async () => {
    const counts = await getPolicyReviewCounts();
    expect(Object.fromEntries(counts)).toEqual({
      CHL: { measures: 2, verified: 1, publicSources: 1 },
      PER: { measures: 1, verified: 1, publicSources: 0 },
      MEX: { measures: 1, verified: 0, publicSources: 0 },
      JPN: { measures: 1, verified: 0, publicSources: 0 },
      KOR: { measures: 1, verified: 0, publicSources: 0 },
    });
    expect(await getPolicyCoverageSummary()).toEqual({ measures: 6, verified: 2, publicSources: 1, economies: 5, members: 7 });
    expect(await getPolicyCoverageSummary(new Set(["JPN", "KOR", "THA"]))).toEqual({ measures: 2, verified: 0, publicSources: 0, economies: 2, members: 7 });
  });

  it("writes every member with its counts by instrument type and by target group in the view's CSVs", async () => {
    const fixed = ["country_iso3", "country", "region", "published_policies", "verified_policies", "public_sources_unreviewed"];
    const instrument = await csv(["policies", "coverage", "instrument"]);
    expect(instrument.header).toEqual([...fixed, "training", "financing", "portal"]);
    expect(instrument.records.map((r) => [r.country_iso3, r.published_policies, r.verified_policies, r.public_sources_unreviewed, r.training, r.financing, r.portal])).toEqual([
      ["JPN", "1", "0", "0", "0", "0", "1"],
      ["KOR", "1", "0", "0", "1", "0", "0"],
      ["THA", "0", "0", "0", "0", "0", "0"],
      ["ARG", "0", "0", "0", "0", "0", "0"],
      ["CHL", "2", "1", "1", "1", "1", "0"],
      ["MEX", "1", "0", "0", "0", "1", "0"],
      ["PER", "1", "1", "0", "1", "0", "1"],
    ]);
    const target = await csv(["policies", "coverage", "target"]);
    expect(target.header).toEqual([...fixed, "all-msmes", "women", "digital-exporters"]);
    expect(target.records.find((r) => r.country_iso3 === "CHL")).toMatchObject({ "all-msmes": "1", women: "1", "digital-exporters": "1", public_sources_unreviewed: "1" });
  });

  it("gives each search result its sources, so the list can mark those from public sources", async () => {
    const { state } = parsePolicySearch({}, choicesOf(await getPolicyVocabularies()));
    const { rows } = await searchPolicies(state, { page: 1, pageSize: 100, locale: "en" });
    const marked = rows.filter((r) => r.verification === "UNVERIFIED" && isFromPublicSources(r.sources)).map((r) => r.nameEn);
    expect(marked).toEqual(["Seed grants", "Export portal"]); // the search also lists non-members
  });
});
