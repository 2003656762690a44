/**
 * country_month_visits always equals traffic_monthly summed per country and
 * month (visits, marketplaces, demo rows, sources), whoever writes: an
 * ingestion run, a plain UPDATE or DELETE, a marketplace removed or moved to
 * another country, an emptied table. Whole-country scopes read it, so the
 * series, complete years and provenance of the explorer come from it.
 */
import { describe, expect, it } from "vitest";
import type { Database } from "@/lib/core/db";
import { getTrafficSources } from "@/lib/explorer/queries/country";
import { getTrafficProvenance } from "@/lib/explorer/queries/provenance";
import { getCompleteYears, getVisitSeries } from "@/lib/explorer/queries/region-overview";
import { loadExplorerFixture } from "@/tests/helpers/explorer-fixture";
import { ingest } from "@/tests/helpers/ingest-helpers";
import { useScratchDatabase } from "@/tests/helpers/scratch-db-hooks";

type Row = { country: string; month: string; visits: string; marketplaces: number; demo: number; sources: string[] };

async function aggregate(db: Database): Promise<Row[]> {
  return db.$queryRaw<Row[]>`
    SELECT country_iso3::text AS country, to_char(month, 'YYYY-MM') AS month, visits::text, marketplaces, demo_rows AS demo, sources
    FROM country_month_visits ORDER BY 1, 2`;
}

async function raw(db: Database): Promise<Row[]> {
  return db.$queryRaw<Row[]>`
    SELECT m.country_iso3::text AS country, to_char(t.month, 'YYYY-MM') AS month, sum(t.visits)::text AS visits, count(*)::int AS marketplaces,
           (count(*) FILTER (WHERE t.is_demo))::int AS demo, array_agg(DISTINCT t.source ORDER BY t.source) AS sources
    FROM traffic_monthly t JOIN marketplace m ON m.id = t.marketplace_id GROUP BY 1, 2 ORDER BY 1, 2`;
}

describe("monthly visits per country (country_month_visits)", () => {
  const db = useScratchDatabase(loadExplorerFixture);

  it("holds the fixture's totals once loaded", async () => {
    const rows = await aggregate(db());
    expect(rows.length).toBeGreaterThan(0);
    expect(rows).toEqual(await raw(db()));
  });

  it("follows an ingestion run that adds months and revises one, with its source", async () => {
    const run = await ingest("TRAFFIC", "domain,month,visits\na.example.cl,2025-01,300\na.example.cl,2024-03,999\nd.example.jp,2025-02,7\n");
    expect(run.status).toBe("SUCCEEDED");
    const rows = await aggregate(db());
    expect(rows).toEqual(await raw(db()));
    expect(rows.find((r) => r.country === "CHL" && r.month === "2024-03")?.sources.length).toBeGreaterThan(0);
  });

  it("follows plain updates and deletes, across months in one statement", async () => {
    await db().$executeRaw`UPDATE traffic_monthly SET visits = visits * 2, is_demo = NOT is_demo, month = month + interval '1 year' WHERE month >= '2024-11-01'`;
    expect(await aggregate(db())).toEqual(await raw(db()));
    await db().$executeRaw`DELETE FROM traffic_monthly WHERE month < '2023-06-01'`;
    expect(await aggregate(db())).toEqual(await raw(db()));
  });

  it("follows a marketplace moved to another country, and one removed", async () => {
    await db().$executeRaw`UPDATE marketplace SET country_iso3 = 'JPN' WHERE domain = 'a.example.cl'`;
    expect(await aggregate(db())).toEqual(await raw(db()));
    await db().$executeRaw`UPDATE marketplace SET name = name || ' (renamed)'`;
    expect(await aggregate(db())).toEqual(await raw(db()));
    await db().$executeRaw`DELETE FROM marketplace WHERE domain = 'b.example.cl'`;
    expect(await aggregate(db())).toEqual(await raw(db()));
  });

  it("gives whole-country scopes the same series, years and provenance as their marketplaces' rows", async () => {
    const ids = (await db().marketplace.findMany({ select: { id: true } })).map((m) => m.id);
    // Every marketplace by id reads traffic_monthly; every member reads the aggregate.
    expect(await getVisitSeries({}, "month")).toEqual(await getVisitSeries({ marketplaceIds: ids }, "month"));
    expect(await getVisitSeries({ region: "LATIN_AMERICA" }, "quarter")).toEqual(
      await getVisitSeries({ region: "LATIN_AMERICA", marketplaceIds: ids }, "quarter"),
    );
    expect(await getCompleteYears({ country: "CHL" })).toEqual(await getCompleteYears({ country: "CHL", marketplaceIds: ids }));
    expect(await getTrafficProvenance({ region: "EAST_ASIA" })).toEqual(await getTrafficProvenance({ region: "EAST_ASIA", marketplaceIds: ids }));
    // Earlier cases moved Chile's marketplaces away; Japan holds them all now.
    const japan = (await raw(db())).filter((r) => r.country === "JPN");
    const sources = await getTrafficSources("JPN");
    expect(sources.sources).toEqual([...new Set(japan.flatMap((r) => r.sources))].sort());
    expect(sources.sources.length).toBeGreaterThan(0);
    expect(sources.latestMonth).toBe(`${japan.at(-1)?.month}-01`);
  });

  it("is emptied with the monthly table", async () => {
    await db().$executeRaw`TRUNCATE traffic_monthly CASCADE`;
    expect(await aggregate(db())).toEqual([]);
    expect(await getTrafficProvenance({})).toEqual({ demo: false, sources: [] });
  });
});
