import { describe, expect, it } from "vitest";
import { getMarketplaceRanking, getOriginShares, getVisitorProfile } from "@/lib/explorer/queries/country";
import { getVisitSeries } from "@/lib/explorer/queries/region-overview";
import { loadExplorerFixture } from "@/tests/helpers/explorer-fixture";
import { fingerprint, ingest } from "@/tests/helpers/ingest-helpers";
import { useScratchDatabase } from "@/tests/helpers/scratch-db-hooks";

const MONTHLY_2025 = ["domain,month,visits,source", "a.example.cl,2025-01,300,Panel 2025", "b.example.cl,2025-01,100,Panel 2025", "c.example.jp,2025-01,400,Panel 2025"].join("\r\n");

describe("monthly traffic ingestion: loading", () => {
  const db = useScratchDatabase(loadExplorerFixture);

  it("loads a valid file (BOM, CRLF) and the explorer's data functions show it", async () => {
    const outcome = await ingest("TRAFFIC", `\uFEFF${MONTHLY_2025}\r\n`);
    expect(outcome).toMatchObject({ status: "SUCCEEDED", counts: { read: 3, inserted: 3, updated: 0, unchanged: 0, rejected: 0 }, errors: [] });
    const series = await getVisitSeries({}, "month");
    expect(series.find((p) => p.period === "2025-01-01")).toEqual({ period: "2025-01-01", visits: 800, months: 1 });
    const chile = await getVisitSeries({ country: "CHL" }, "month");
    expect(chile.find((p) => p.period === "2025-01-01")?.visits).toBe(400);
    const ranking = await getMarketplaceRanking({ country: "CHL" }, 2025);
    expect(ranking.map((r) => [r.domain, r.visits])).toEqual([["a.example.cl", 300], ["b.example.cl", 100]]);
    const run = await db().ingestionRun.findUniqueOrThrow({ where: { id: outcome.runId } });
    expect(run).toMatchObject({ status: "SUCCEEDED", kind: "TRAFFIC", trigger: "API", rowsRead: 3, rowsInserted: 3, errorCount: 0 });
    expect(run.checksum).toMatch(/^[0-9a-f]{64}$/);
    const row = await db().trafficMonthly.findFirstOrThrow({ where: { month: new Date("2025-01-01"), marketplace: { domain: "a.example.cl" } } });
    expect(row).toMatchObject({ source: "Panel 2025", isDemo: false, ingestionRunId: outcome.runId });
  });

  it("changes nothing when the same file is loaded again", async () => {
    const before = await fingerprint(db());
    const outcome = await ingest("TRAFFIC", MONTHLY_2025);
    expect(outcome).toMatchObject({ status: "SUCCEEDED", counts: { read: 3, inserted: 0, updated: 0, unchanged: 3 } });
    expect(await fingerprint(db())).toEqual(before);
  });

  it("keeps the old value as a revision when a value changes", async () => {
    const outcome = await ingest("TRAFFIC", MONTHLY_2025.replace("a.example.cl,2025-01,300", "a.example.cl,2025-01,333"));
    expect(outcome).toMatchObject({ status: "SUCCEEDED", counts: { inserted: 0, updated: 1, unchanged: 2 } });
    const revisions = await db().trafficRevision.findMany({ include: { traffic: { include: { marketplace: true } } } });
    expect(revisions).toHaveLength(1);
    expect(revisions[0]).toMatchObject({ previousVisits: 300n, previousSource: "Panel 2025", newVisits: 333n, replacedByRunId: outcome.runId });
    expect(revisions[0].traffic).toMatchObject({ visits: 333n, marketplace: { domain: "a.example.cl" } });
  });

  it("replaces demonstration-labelled rows, revising them, and defaults the source", async () => {
    const a = await db().marketplace.findUniqueOrThrow({ where: { domain: "a.example.cl" } });
    await db().trafficMonthly.create({ data: { marketplaceId: a.id, month: new Date("2025-02-01"), visits: 5n, source: "demonstration", isDemo: true } });
    const outcome = await ingest("TRAFFIC", "domain,month,visits\na.example.cl,2025-02,5\n");
    expect(outcome).toMatchObject({ status: "SUCCEEDED", counts: { inserted: 0, updated: 1, unchanged: 0 } });
    const row = await db().trafficMonthly.findFirstOrThrow({ where: { marketplaceId: a.id, month: new Date("2025-02-01") } });
    expect(row).toMatchObject({ isDemo: false, source: "traffic ingestion", visits: 5n });
  });

  it("validates only on a dry run: reports what would change and writes nothing but the run", async () => {
    const before = await fingerprint(db());
    const outcome = await ingest("TRAFFIC", "domain,month,visits\na.example.cl,2025-01,999\nd.example.jp,2025-01,7\n", { dryRun: true });
    expect(outcome).toMatchObject({ status: "VALIDATED", dryRun: true, counts: { read: 2, inserted: 1, updated: 1, unchanged: 0 } });
    expect(outcome.changes).toEqual([
      { line: 2, domain: "a.example.cl", period: "2025-01", key: null, before: "333", after: "999" },
      { line: 3, domain: "d.example.jp", period: "2025-01", key: null, before: "", after: "7" },
    ]);
    expect(await fingerprint(db())).toEqual(before);
    expect(await db().ingestionRun.findUniqueOrThrow({ where: { id: outcome.runId } })).toMatchObject({ status: "VALIDATED", dryRun: true, rowsInserted: 1, rowsUpdated: 1 });
  });

  it("loads origin, gender and age breakdowns, replacing a marketplace-year's shares", async () => {
    const origin = await ingest("ORIGIN", "domain,year,origin_iso3,share\na.example.cl,2024,CHL,0.7\na.example.cl,2024,arg,0.2\na.example.cl,2024,OTHER,0.1\n");
    // CHL and ARG changed, OTHER is new, JPN and USA are no longer listed (removed, counted as updated).
    expect(origin).toMatchObject({ status: "SUCCEEDED", counts: { read: 3, inserted: 1, updated: 4, unchanged: 0 } });
    const shares = await getOriginShares({ country: "CHL" }, 2024);
    expect(shares.find((s) => s.origin === "ARG")).toBeDefined();
    expect(shares.find((s) => s.origin === "JPN")).toBeUndefined();

    const gender = await ingest("GENDER", "domain,year,gender,share\na.example.cl,2024,female,0.55\na.example.cl,2024,Male,0.45\n");
    expect(gender).toMatchObject({ status: "SUCCEEDED", counts: { inserted: 0, updated: 2 } });
    const profile = await getVisitorProfile({ country: "CHL" }, 2024, "gender");
    expect(profile.length).toBeGreaterThan(0);

    const age = await ingest("AGE", "domain,year,age_group,share\nc.example.jp,2024,18-24,0.3\nc.example.jp,2024,25-34,0.3\nc.example.jp,2024,AGE_35_44,0.2\nc.example.jp,2024,65+,0.2\n");
    expect(age).toMatchObject({ status: "SUCCEEDED", counts: { inserted: 4 } });
    expect(await db().ageShare.count({ where: { ageGroup: "AGE_65_PLUS" } })).toBe(1);
    const again = await ingest("AGE", "domain,year,age_group,share\nc.example.jp,2024,18-24,0.3\nc.example.jp,2024,25-34,0.3\nc.example.jp,2024,AGE_35_44,0.2\nc.example.jp,2024,65+,0.2\n");
    expect(again).toMatchObject({ status: "SUCCEEDED", counts: { inserted: 0, updated: 0, unchanged: 4 } });
  });
});
