/**
 * How fast the streamed CSV download is, and how much memory it takes: a
 * generated database of 2,000,000 monthly traffic rows (5,000 marketplaces ×
 * 400 months) exported whole through the app's route handler
 * (GET /api/downloads/traffic-monthly.csv: COPY TO → guard → csv-stringify →
 * web stream), beside the same query copied by `psql`'s
 * `\copy (…) to stdout with csv` — the ratio's denominator. When psql is not
 * installed (set PSQL to its path, or install postgresql-client), the
 * denominator is a raw `COPY (…) TO STDOUT WITH CSV` through pg-copy-streams.
 * Peak memory is the largest RSS of this process sampled every 20 ms.
 *
 *   npm run bench:export            (embedded PostgreSQL, or DATABASE_URL)
 *   BENCH_ROWS=200000 npm run bench:export
 */
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import pg from "pg";
import { to as copyTo } from "pg-copy-streams";
import { GET } from "@/app/api/downloads/[dataset]/route";
import { trafficMonthly } from "@/lib/downloads/datasets/traffic-monthly";
import { applyMigrations } from "@/scripts/db/migrate";
import { admin, withDatabase } from "./helpers";

const ROWS = Number(process.env.BENCH_ROWS ?? 2_000_000);
const MONTHS = 400;
const MARKETPLACES = Math.ceil(ROWS / MONTHS);

async function measure<T>(work: () => Promise<T>): Promise<{ ms: number; peakMb: number; result: T }> {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const start = performance.now();
  try {
    const result = await work();
    return { ms: performance.now() - start, peakMb: Math.max(peak, process.memoryUsage().rss) / 1024 / 1024, result };
  } finally {
    clearInterval(timer);
  }
}

function countLines(): { sink: Writable; lines: () => number; bytes: () => number } {
  let lines = 0;
  let bytes = 0;
  const sink = new Writable({
    write(chunk: Buffer, _e, done) {
      bytes += chunk.length;
      for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines++;
      done();
    },
  });
  return { sink, lines: () => lines, bytes: () => bytes };
}

function findPsql(): string | null {
  const candidates = [process.env.PSQL, "psql"].filter((p): p is string => Boolean(p));
  for (const p of candidates) if (spawnSync(p, ["--version"]).status === 0) return p;
  return null;
}

async function viaApp(): Promise<{ lines: number; bytes: number }> {
  const response = await GET(new Request("http://bench.local/api/downloads/traffic-monthly.csv"), { params: Promise.resolve({ dataset: "traffic-monthly.csv" }) });
  if (!response.ok || !response.body) throw new Error(`export answered ${response.status}`);
  const { sink, lines, bytes } = countLines();
  const reader = response.body.getReader();
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    if (!sink.write(Buffer.from(value.buffer, value.byteOffset, value.byteLength))) await new Promise((r) => sink.once("drain", r));
  }
  return { lines: lines(), bytes: bytes() };
}

async function viaPsql(psql: string, url: string, sql: string): Promise<{ lines: number; bytes: number }> {
  const child = spawn(psql, ["-X", "-q", "-d", url, "-c", `\\copy (${sql}) to stdout with csv header`], { stdio: ["ignore", "pipe", "inherit"] });
  const { sink, lines, bytes } = countLines();
  await pipeline(child.stdout, sink);
  const code = await new Promise((r) => child.on("close", r));
  if (code !== 0) throw new Error(`psql exited with ${code}`);
  return { lines: lines(), bytes: bytes() };
}

async function viaRawCopy(url: string, sql: string): Promise<{ lines: number; bytes: number }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { sink, lines, bytes } = countLines();
    await pipeline(client.query(copyTo(`COPY (${sql}) TO STDOUT WITH CSV HEADER`)), sink);
    return { lines: lines(), bytes: bytes() };
  } finally {
    await client.end();
  }
}

async function main() {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) throw new Error("DATABASE_URL is not set: run the benchmark through its npm script.");
  const name = `portal_bench_${randomBytes(4).toString("hex")}`;
  await admin(serverUrl, `create database ${name}`);
  const url = withDatabase(serverUrl, name);
  try {
    await applyMigrations(url);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    console.log(`Generating ${ROWS.toLocaleString("en")} monthly rows (${MARKETPLACES} marketplaces × ${MONTHS} months) …`);
    await client.query(`INSERT INTO region (code, name_en, name_es, sort_order) VALUES ('LATIN_AMERICA', 'Latin America', 'América Latina', 1)`);
    await client.query(
      `INSERT INTO country (iso3, iso2, iso_numeric, name_en, name_es, region_code, is_fealac_member) VALUES ('BRA', 'BR', '076', 'Brazil', 'Brasil', 'LATIN_AMERICA', true)`,
    );
    await client.query(
      `INSERT INTO marketplace (slug, name, domain, country_iso3, category, updated_at)
       SELECT 'shop-' || i, 'Loja ' || i || ', São Paulo', 'shop' || i || '.example.com.br', 'BRA', 'GENERAL', now() FROM generate_series(0, $1 - 1) i`,
      [MARKETPLACES],
    );
    await client.query(
      `INSERT INTO traffic_monthly (marketplace_id, month, visits, source, is_demo)
       SELECT m.id, (date '1990-01-01' + make_interval(months => k))::date, (m.id * 7919 + k * 104729) % 10000000, 'demonstration', true
         FROM marketplace m CROSS JOIN generate_series(0, $1 - 1) k
        LIMIT $2`,
      [MONTHS, ROWS],
    );
    await client.query("ANALYZE");
    await client.end();

    process.env.DATABASE_URL = url;
    const sql = trafficMonthly.sql({}).replace(/\s+/g, " ").trim();
    const psql = findPsql();
    const denominatorLabel = psql ? "psql \\copy (same query) to stdout csv" : "raw COPY TO STDOUT CSV (pg-copy-streams)";
    const runDenominator = () => (psql ? viaPsql(psql, url, sql) : viaRawCopy(url, sql));

    await runDenominator(); // warm the cache
    const base = await measure(runDenominator);
    const app = await measure(viaApp);
    const rate = (ms: number) => Math.round(ROWS / (ms / 1000)).toLocaleString("en");
    console.log(`\n${"".padEnd(44)} ${"seconds".padStart(8)} ${"rows/s".padStart(12)} ${"MB".padStart(8)}`);
    console.log(`${denominatorLabel.padEnd(44)} ${(base.ms / 1000).toFixed(2).padStart(8)} ${rate(base.ms).padStart(12)} ${(base.result.bytes / 1e6).toFixed(0).padStart(8)}`);
    console.log(`${"app: GET /api/downloads/traffic-monthly.csv".padEnd(44)} ${(app.ms / 1000).toFixed(2).padStart(8)} ${rate(app.ms).padStart(12)} ${(app.result.bytes / 1e6).toFixed(0).padStart(8)}`);
    console.log(`\nrows: app ${app.result.lines - 1}, denominator ${base.result.lines - 1}`);
    console.log(`ratio app / denominator (time): ${(app.ms / base.ms).toFixed(2)}`);
    console.log(`peak RSS of this process during the app export: ${app.peakMb.toFixed(0)} MB (before: ${base.peakMb.toFixed(0)} MB)`);
  } finally {
    process.env.DATABASE_URL = serverUrl;
    await admin(serverUrl, `drop database if exists ${name} with (force)`);
  }
}

await main();
