/**
 * How fast the monthly traffic ingestion loads a large file, and how much
 * memory it takes: a generated file of 1,000,000 monthly rows (2,500
 * marketplaces × 400 months) loaded through the app's loader (parse, checks,
 * COPY into staging, one transaction), beside the same file copied with raw
 * COPY into a bare table — the ratio's denominator. Then the same file again
 * (every row unchanged). Peak memory is the largest RSS sampled every 20 ms.
 *
 *   npm run bench:ingest             (embedded PostgreSQL, or DATABASE_URL)
 *   BENCH_ROWS=200000 npm run bench:ingest
 */
import { randomBytes } from "node:crypto";
import { createReadStream, createWriteStream, rmSync, statSync } from "node:fs";
import { once } from "node:events";
import { tmpdir } from "node:os";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { runIngestion } from "@/lib/ingest/run";
import { applyMigrations } from "@/scripts/db/migrate";
import { admin, withDatabase } from "./helpers";

const ROWS = Number(process.env.BENCH_ROWS ?? 1_000_000);
const MONTHS = 400;
const MARKETPLACES = Math.ceil(ROWS / MONTHS);

async function writeFile(file: string): Promise<void> {
  const out = createWriteStream(file);
  out.write("domain,month,visits\n");
  let written = 0;
  for (let m = 0; m < MARKETPLACES && written < ROWS; m++) {
    let chunk = "";
    for (let i = 0; i < MONTHS && written < ROWS; i++, written++) {
      const year = 1990 + Math.floor(i / 12);
      chunk += `shop${m}.example.com,${year}-${String((i % 12) + 1).padStart(2, "0")},${(m * 7919 + i * 104729) % 10_000_000}\n`;
    }
    if (!out.write(chunk)) await once(out, "drain");
  }
  out.end();
  await once(out, "finish");
}

/** Runs `work` while sampling RSS; returns wall time and the peak. */
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

function line(label: string, ms: number, peakMb: number | null, ratio: number): string {
  const rate = Math.round(ROWS / (ms / 1000)).toLocaleString("en");
  return `${label.padEnd(44)} ${(ms / 1000).toFixed(2).padStart(8)} ${rate.padStart(12)} ${(peakMb === null ? "—" : peakMb.toFixed(0)).padStart(9)} ${ratio.toFixed(2).padStart(7)}`;
}

async function main() {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) throw new Error("DATABASE_URL is not set: run the benchmark through its npm script.");
  const name = `portal_bench_${randomBytes(4).toString("hex")}`;
  const file = path.join(tmpdir(), `${name}.csv`);
  await admin(serverUrl, `create database ${name}`);
  const url = withDatabase(serverUrl, name);
  const client = new pg.Client({ connectionString: url });
  try {
    await applyMigrations(url);
    await client.connect();
    await client.query(`INSERT INTO region (code, name_en, name_es, sort_order) VALUES ('LATIN_AMERICA', 'Latin America', 'América Latina', 1)`);
    await client.query(`INSERT INTO country (iso3, iso2, iso_numeric, name_en, name_es, region_code, is_fealac_member) VALUES ('CHL', 'CL', '152', 'Chile', 'Chile', 'LATIN_AMERICA', true)`);
    await client.query(
      `INSERT INTO marketplace (slug, name, domain, country_iso3, category, updated_at)
       SELECT 'shop' || i, 'Shop ' || i, 'shop' || i || '.example.com', 'CHL', 'GENERAL', now() FROM generate_series(0, $1 - 1) i`,
      [MARKETPLACES],
    );
    console.log(`Generating ${ROWS.toLocaleString("en")} monthly rows (${MARKETPLACES} marketplaces × ${MONTHS} months) …`);
    await writeFile(file);
    console.log(`File: ${(statSync(file).size / 1024 / 1024).toFixed(1)} MB. Baseline RSS ${(process.memoryUsage().rss / 1024 / 1024).toFixed(0)} MB.\n`);

    await client.query("CREATE TABLE bare_copy (domain text, month text, visits bigint)");
    const raw = await measure(async () => {
      await pipeline(createReadStream(file), client.query(copyFrom("COPY bare_copy FROM STDIN (FORMAT csv, HEADER true)")));
    });
    // The live table's own cost, for reference: the same rows inserted straight into traffic_monthly
    // (its three indexes and two foreign keys), in a transaction rolled back afterwards.
    const floor = await measure(async () => {
      await client.query("BEGIN");
      await client.query(
        `INSERT INTO traffic_monthly (marketplace_id, month, visits, source, is_demo)
         SELECT m.id, (b.month || '-01')::date, b.visits, 'bench', false FROM bare_copy b JOIN marketplace m ON m.domain = b.domain`,
      );
      await client.query("ROLLBACK");
    });
    const phases: Record<string, string[]> = { load: [], reload: [] };
    const loadFile = (label: "load" | "reload") =>
      runIngestion({
        kind: "TRAFFIC",
        trigger: "MANUAL",
        triggeredBy: "bench",
        source: file,
        databaseUrl: url,
        open: () => createReadStream(file),
        onPhase: (name, ms) => phases[label].push(`${name} ${(ms / 1000).toFixed(2)} s`),
      });
    const load = await measure(() => loadFile("load"));
    const reload = await measure(() => loadFile("reload"));
    for (const [label, r] of [["load", load], ["reload", reload]] as const) {
      if (r.result.status !== "SUCCEEDED") throw new Error(`${label}: ${JSON.stringify(r.result).slice(0, 500)}`);
    }

    console.log(`${"".padEnd(44)} ${"seconds".padStart(8)} ${"rows/s".padStart(12)} ${"peak MB".padStart(9)} ${"× COPY".padStart(7)}`);
    console.log(line("raw COPY into a bare table (denominator)", raw.ms, null, 1));
    console.log(line("reference: INSERT … SELECT into traffic_monthly", floor.ms, null, floor.ms / raw.ms));
    console.log(line("app loader: first load (all rows new)", load.ms, load.peakMb, load.ms / raw.ms));
    console.log(line("app loader: same file again (all unchanged)", reload.ms, reload.peakMb, reload.ms / raw.ms));
    const counts = (r: typeof load) => ("counts" in r.result ? JSON.stringify(r.result.counts) : r.result.status);
    console.log(`\nfirst load counts: ${counts(load)}\nreload counts:     ${counts(reload)}`);
    console.log(`first load phases: ${phases.load.join(", ")}\nreload phases:     ${phases.reload.join(", ")}`);
    console.log(`\nFirst load vs the live table's own insert cost: ${(load.ms / floor.ms).toFixed(2)}×.`);
    console.log(`Aim: within 3× of raw COPY (${(load.ms / raw.ms).toFixed(2)}×) and peak memory under 300 MB (${Math.max(load.peakMb, reload.peakMb).toFixed(0)} MB).`);
  } finally {
    await client.end().catch(() => undefined);
    rmSync(file, { force: true });
    await admin(serverUrl, `drop database if exists ${name} with (force)`);
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
