/**
 * marketplace_year_visits always equals the sum of traffic_monthly per
 * marketplace and year, whoever writes: an ingestion run (insert and
 * revision), a plain UPDATE or DELETE, COPY, a marketplace removed.
 */
import { describe, expect, it } from "vitest";
import type { Database } from "@/lib/core/db";
import { loadExplorerFixture } from "@/tests/helpers/explorer-fixture";
import { ingest } from "@/tests/helpers/ingest-helpers";
import { useScratchDatabase } from "@/tests/helpers/scratch-db-hooks";

type Row = { marketplace_id: number; year: number; visits: string; months: number };

async function aggregate(db: Database): Promise<Row[]> {
  return db.$queryRaw<Row[]>`SELECT marketplace_id, year::int, visits::text, months::int FROM marketplace_year_visits ORDER BY 1, 2`;
}

async function raw(db: Database): Promise<Row[]> {
  return db.$queryRaw<Row[]>`
    SELECT marketplace_id, extract(year FROM month)::int AS year, sum(visits)::text AS visits, count(*)::int AS months
    FROM traffic_monthly GROUP BY 1, 2 ORDER BY 1, 2`;
}

describe("annual visits per marketplace (marketplace_year_visits)", () => {
  const db = useScratchDatabase(loadExplorerFixture);

  it("holds the fixture's totals once loaded", async () => {
    const rows = await aggregate(db());
    expect(rows.length).toBeGreaterThan(0);
    expect(rows).toEqual(await raw(db()));
  });

  it("follows an ingestion run that adds months and revises one", async () => {
    const run = await ingest("TRAFFIC", "domain,month,visits\na.example.cl,2025-01,300\na.example.cl,2024-03,999\nd.example.jp,2025-02,7\n");
    expect(run.status).toBe("SUCCEEDED");
    expect(await aggregate(db())).toEqual(await raw(db()));
  });

  it("follows plain updates and deletes, across years in one statement", async () => {
    await db().$executeRaw`UPDATE traffic_monthly SET visits = visits * 2, month = month + interval '1 year' WHERE month >= '2024-11-01'`;
    expect(await aggregate(db())).toEqual(await raw(db()));
    await db().$executeRaw`DELETE FROM traffic_monthly WHERE month < '2023-06-01'`;
    expect(await aggregate(db())).toEqual(await raw(db()));
  });

  it("follows the removal of a marketplace and an emptied table", async () => {
    await db().$executeRaw`DELETE FROM marketplace WHERE domain = 'b.example.cl'`;
    expect(await aggregate(db())).toEqual(await raw(db()));
    await db().$executeRaw`TRUNCATE traffic_monthly CASCADE`;
    expect(await aggregate(db())).toEqual([]);
  });
});
