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
import { scaleDemoData, type ScaleSummary } from "./scale-data";

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
  summary: ScaleSummary;
  drop(): Promise<void>;
}

/** A fresh database with the demo data, scaled `factor` times by bench/scale-data.ts (clones of each marketplace). */
export async function scaledDemoDatabase(factor: number, prefix = "portal_bench"): Promise<BenchDatabase> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) throw new Error("DATABASE_URL is not set: run the benchmark through its npm script.");
  const name = `${prefix}_${randomBytes(4).toString("hex")}`;
  await admin(serverUrl, `create database ${name}`);
  const url = withDatabase(serverUrl, name);
  await applyMigrations(url);
  const db = createPrismaClient(url);
  await seedDemo(db);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  let summary: ScaleSummary;
  try {
    summary = await scaleDemoData(client, factor);
  } finally {
    await client.end();
  }
  return {
    url,
    db,
    summary,
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
