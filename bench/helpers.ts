/**
 * Shared by the benchmarks: a scratch database on the server of DATABASE_URL
 * (run through `npm run bench:*`, which provides the embedded one), loaded with
 * the demonstration data and scaled up, and a timer reporting medians.
 */
import { randomBytes } from "node:crypto";
import pg from "pg";
import { createPrismaClient, type Database } from "@/lib/core/db";
import { applyMigrations } from "@/scripts/db/migrate";
import { seedDemo } from "@/prisma/seed/seed-demo";

export function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

/** Runs one statement on the server's maintenance database (create / drop database). */
export async function admin(serverUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: withDatabase(serverUrl, "postgres") });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export interface BenchDatabase {
  url: string;
  db: Database;
  drop(): Promise<void>;
}

/** A fresh database with the demo data, its traffic scaled `factor` times by cloning each marketplace. */
export async function scaledDemoDatabase(factor: number): Promise<BenchDatabase> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) throw new Error("DATABASE_URL is not set: run the benchmark through its npm script.");
  const name = `portal_bench_${randomBytes(4).toString("hex")}`;
  await admin(serverUrl, `create database ${name}`);
  const url = withDatabase(serverUrl, name);
  await applyMigrations(url);
  const db = createPrismaClient(url);
  await seedDemo(db);
  for (let copy = 1; copy < factor; copy++) {
    // Clones keep their country and characteristics, so every aggregate grows by the same factor.
    await db.$executeRawUnsafe(`
      WITH clones AS (
        INSERT INTO marketplace (slug, name, domain, country_iso3, business_model, sector, category, transactional,
                                 foreign_sellers_accepted, year_founded, logistics_offered, payments_offered, notes, source_urls, updated_at)
        SELECT slug || '-copy${copy}', name || ' (copy ${copy})', 'copy${copy}.' || domain, country_iso3, business_model, sector,
               category, transactional, foreign_sellers_accepted, year_founded, logistics_offered, payments_offered, notes, source_urls, now()
        FROM marketplace WHERE domain NOT LIKE 'copy%'
        RETURNING id, domain
      ), pairs AS (
        SELECT c.id AS new_id, m.id AS old_id FROM clones c JOIN marketplace m ON 'copy${copy}.' || m.domain = c.domain
      ), traffic AS (
        INSERT INTO traffic_monthly (marketplace_id, month, visits, source, is_demo)
        SELECT p.new_id, t.month, t.visits, t.source, t.is_demo FROM traffic_monthly t JOIN pairs p ON p.old_id = t.marketplace_id
      ), origin AS (
        INSERT INTO origin_share (marketplace_id, year, origin, share, source, is_demo)
        SELECT p.new_id, o.year, o.origin, o.share, o.source, o.is_demo FROM origin_share o JOIN pairs p ON p.old_id = o.marketplace_id
      ), gender AS (
        INSERT INTO gender_share (marketplace_id, year, gender, share, source, is_demo)
        SELECT p.new_id, g.year, g.gender, g.share, g.source, g.is_demo FROM gender_share g JOIN pairs p ON p.old_id = g.marketplace_id
      )
      INSERT INTO age_share (marketplace_id, year, age_group, share, source, is_demo)
      SELECT p.new_id, a.year, a.age_group, a.share, a.source, a.is_demo FROM age_share a JOIN pairs p ON p.old_id = a.marketplace_id`);
  }
  await db.$executeRawUnsafe("ANALYZE");
  return {
    url,
    db,
    async drop() {
      await db.$disconnect();
      await admin(serverUrl, `drop database if exists ${name} with (force)`);
    },
  };
}

/** Median wall time of `runs` calls after one warm-up, in milliseconds. */
export async function median(work: () => Promise<unknown>, runs = 7): Promise<number> {
  await work();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}
