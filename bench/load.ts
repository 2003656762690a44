/**
 * Load test of the production server: every public page type, a per-view CSV
 * and the JSON API, at 1×, 10× and 100× the demo volume (bench/scale-data.ts).
 * For each scale: a fresh database, the production server (scripts/serve.ts),
 * each URL's cold time (the first request after a data change), then
 * autocannon against each URL, then a soak on one page sampling the server's
 * RSS. Results go to bench/results/load-<date>.md and .json.
 *
 *   npm run bench:load
 *   BENCH_SCALES=1,10 BENCH_DURATION=5 BENCH_CONNECTIONS=32 BENCH_SOAK=60 BENCH_SKIP_BUILD=1 npm run bench:load
 *
 * The numbers depend on the machine: the CPU count and versions are written
 * beside them, and autocannon runs on the same machine as the server.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import pg from "pg";
import { run } from "@/scripts/db/run";
import { admin, scaledDemoDatabase } from "./helpers";
import { percentile, processTreeRss, renderMarkdown, type PageResult, type ScaleResult } from "./load-report";

const env = process.env;
const SCALES = (env.BENCH_SCALES ?? "1,10,100").split(",").map(Number);
const DURATION = Number(env.BENCH_DURATION ?? 20);
const CONNECTIONS = Number(env.BENCH_CONNECTIONS ?? 32);
const SOAK = Number(env.BENCH_SOAK ?? 60);
const PORT = Number(env.BENCH_PORT ?? env.E2E_PORT ?? 3400);
const ONLY = env.BENCH_ONLY ? new RegExp(env.BENCH_ONLY) : null;
const BASE = `http://127.0.0.1:${PORT}`;

interface Target {
  type: string;
  path: string;
}

async function targets(client: pg.Client): Promise<Target[]> {
  const one = async (sql: string) => (await client.query<{ v: string }>(sql)).rows[0]?.v;
  const marketplace = await one(`SELECT m.slug AS v FROM marketplace m JOIN traffic_monthly t ON t.marketplace_id = m.id
                                  WHERE m.country_iso3 = 'BRA' GROUP BY m.slug ORDER BY sum(t.visits) DESC LIMIT 1`);
  const policy = await one(`SELECT id::text AS v FROM policy WHERE workflow_state = 'PUBLISHED' ORDER BY id LIMIT 1`);
  const all: Target[] = [
    { type: "home", path: "/en" },
    { type: "explorer: region overview", path: "/en/explorer" },
    { type: "explorer: country (Brazil)", path: "/en/explorer/country/bra" },
    { type: "explorer: marketplace", path: `/en/explorer/marketplace/${marketplace}` },
    { type: "explorer: compare", path: "/en/explorer/compare?countries=chl,jpn,bra" },
    { type: "explorer: corridors", path: "/en/explorer/corridor" },
    { type: "explorer: determinants", path: "/en/explorer/determinants" },
    { type: "regulations: overview", path: "/en/regulations" },
    { type: "regulations: economy profile", path: "/en/regulations/economy/chl" },
    { type: "regulations: pillar", path: "/en/regulations/pillar/p02" },
    { type: "regulations: compare", path: "/en/regulations/compare?economies=CHL,JPN,MEX" },
    { type: "regulations: similarity matrix", path: "/en/regulations/similarity" },
    { type: "regulations: search", path: "/en/regulations/search?q=data" },
    { type: "regulations: indicators", path: "/en/regulations/indicators" },
    { type: "policies: search", path: "/en/policies" },
    { type: "policies: detail", path: `/en/policies/${policy}` },
    { type: "policies: country", path: "/en/policies/country/chl" },
    { type: "policies: gap analysis", path: "/en/policies/gaps" },
    { type: "downloads", path: "/en/downloads" },
    { type: "CSV: region series", path: "/api/csv/explorer/region/series" },
    { type: "JSON API: traffic-monthly", path: "/api/v1/traffic-monthly?countries=BRA&limit=100" },
  ];
  return ONLY ? all.filter((t) => ONLY.test(t.type)) : all;
}

/** A distinct client address per request, as a load balancer would append it (the server trusts one hop here). */
let address = 0;
function clientHeaders(): Record<string, string> {
  address = (address + 1) % 60_000;
  return { "x-forwarded-for": `127.${10 + Math.floor(address / 65536)}.${Math.floor(address / 256) % 256}.${address % 256}` };
}

async function timedGet(url: string): Promise<{ ms: number; status: number; bytes: number }> {
  const start = performance.now();
  const response = await fetch(url, { headers: clientHeaders() });
  const body = await response.arrayBuffer();
  return { ms: performance.now() - start, status: response.status, bytes: body.byteLength };
}

/** Tells every instance that the data changed (the same channel staff edits and ingestion use), so the next request is cold. */
async function dataChanged(client: pg.Client): Promise<void> {
  await client.query(`SELECT pg_notify('data_change', '{"tags":["*"]}')`);
  await new Promise((resolve) => setTimeout(resolve, 300));
}

function cannon(url: string, duration: number): Promise<{ result: autocannon.Result; latencies: number[] }> {
  const latencies: number[] = [];
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        connections: CONNECTIONS,
        duration,
        requests: [{ setupRequest: (request) => ({ ...request, headers: { ...request.headers, ...clientHeaders() } }) }],
      },
      (error, result) => (error ? reject(error) : resolve({ result, latencies })),
    );
    instance.on("response", (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
}

async function startServer(databaseUrl: string): Promise<ChildProcess> {
  const server = spawn(process.execPath, ["--import", "tsx", "scripts/serve.ts"], {
    env: {
      ...env,
      DATABASE_URL: databaseUrl,
      PORT: String(PORT),
      HOST: "127.0.0.1",
      NODE_ENV: "production",
      PORTAL_DATABASE: "test",
      NEXTAUTH_URL: BASE,
      NEXTAUTH_SECRET: randomBytes(24).toString("hex"),
      INGEST_SECRET: randomBytes(24).toString("hex"),
      TRUSTED_PROXY_HOPS: "1",
      NEXT_TELEMETRY_DISABLED: "1",
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  for (let i = 0; i < 240; i++) {
    if (server.exitCode !== null) throw new Error(`the server exited with code ${server.exitCode}`);
    try {
      if ((await fetch(`${BASE}/en`)).ok) return server;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error("the server did not answer within 120 s");
}

async function stopServer(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null) return;
  const exited = new Promise((resolve) => server.once("exit", resolve));
  server.kill("SIGTERM");
  await exited;
}

async function benchScale(factor: number): Promise<ScaleResult> {
  const started = performance.now();
  const bench = await scaledDemoDatabase(factor, `portal_load_${factor}x`);
  const { url, summary } = bench;
  console.log(`${factor}×: ${summary.marketplaces} marketplaces, ${summary.monthlyRows} monthly rows (${((performance.now() - started) / 1000).toFixed(0)} s to load)`);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const server = await startServer(url);
  const pages: PageResult[] = [];
  try {
    for (const target of await targets(client)) {
      const full = `${BASE}${target.path}`;
      await timedGet(full); // compiles the route's code on first use
      await dataChanged(client);
      const cold = await timedGet(full);
      const warm = await timedGet(full);
      const { result, latencies } = await cannon(full, DURATION);
      const page: PageResult = {
        type: target.type,
        path: target.path,
        status: cold.status,
        bytes: cold.bytes,
        coldMs: cold.ms,
        warmMs: warm.ms,
        requestsPerSecond: result.requests.average,
        p50: percentile(latencies, 50),
        p95: percentile(latencies, 95),
        p99: percentile(latencies, 99),
        errors: result.errors + result.non2xx,
        errorKinds: { connection: result.errors - result.timeouts, timeouts: result.timeouts, non2xx: result.non2xx },
        requests: result.requests.total,
      };
      pages.push(page);
      console.log(
        `  ${target.type.padEnd(34)} ${page.requestsPerSecond.toFixed(0).padStart(6)} req/s  p50 ${page.p50.toFixed(0)} p95 ${page.p95.toFixed(0)} p99 ${page.p99.toFixed(0)} ms  errors ${page.errors}  cold ${page.coldMs.toFixed(0)} ms  ${page.bytes} B`,
      );
    }
    const soakTarget = `${BASE}/en/explorer`;
    const rss: number[] = [processTreeRss(server.pid!)];
    const sampler = setInterval(() => rss.push(processTreeRss(server.pid!)), 5000);
    const soak = await cannon(soakTarget, SOAK).finally(() => clearInterval(sampler));
    rss.push(processTreeRss(server.pid!));
    console.log(`  soak ${SOAK} s on /en/explorer: ${soak.result.requests.average.toFixed(0)} req/s, RSS ${rss.map((r) => (r / 1e6).toFixed(0)).join(" → ")} MB`);
    return { factor, ...summary, pages, soak: { path: "/en/explorer", seconds: SOAK, requestsPerSecond: soak.result.requests.average, rssBytes: rss } };
  } finally {
    await stopServer(server);
    await client.end();
    await bench.drop();
  }
}

async function main(): Promise<void> {
  const serverUrl = env.DATABASE_URL;
  if (!serverUrl) throw new Error("DATABASE_URL is not set: run the benchmark through `npm run bench:load`.");
  if (!env.BENCH_SKIP_BUILD) {
    const code = await run("node_modules/.bin/next", ["build"], env);
    if (code !== 0) throw new Error(`next build exited with code ${code}`);
  }
  const version = (name: string) => (JSON.parse(readFileSync(path.join("node_modules", name, "package.json"), "utf8")) as { version: string }).version;
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  const postgres = (await client.query<{ v: string }>("SELECT current_setting('server_version') AS v")).rows[0].v;
  // Databases an interrupted run left behind.
  const leftovers = await client.query<{ datname: string }>("SELECT datname FROM pg_database WHERE datname LIKE 'portal\\_load\\_%'");
  await client.end();
  for (const { datname } of leftovers.rows) await admin(serverUrl, `drop database if exists ${datname} with (force)`);
  const started = new Date().toISOString();
  const stamp = started.slice(0, 16).replace(/[:T]/g, "-");
  const dir = path.join("bench", "results");
  mkdirSync(dir, { recursive: true });
  const results: ScaleResult[] = [];
  for (const factor of SCALES) {
    results.push(await benchScale(factor));
    // Written after each scale, so a long run that is stopped keeps what it measured.
    const report = {
      date: started,
      machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? "unknown", memoryGb: Math.round(os.totalmem() / 1e9), loadAverage: os.loadavg() },
      versions: { node: process.version, next: version("next"), react: version("react"), prisma: version("@prisma/client"), postgres, autocannon: version("autocannon") },
      settings: { connections: CONNECTIONS, durationSeconds: DURATION, soakSeconds: SOAK },
      scales: results,
    };
    writeFileSync(path.join(dir, `load-${stamp}.json`), JSON.stringify(report, null, 2) + "\n");
    writeFileSync(path.join(dir, `load-${stamp}.md`), renderMarkdown(report));
    console.log(`Written bench/results/load-${stamp}.md and .json`);
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
