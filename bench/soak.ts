/**
 * Soak test: the production server (scripts/serve.ts, as the browser tests
 * run it) on a fresh database with the demonstration data, under mixed load
 * for SOAK_SECONDS (default 600):
 * - public pages, JSON API pages and CSVs (per-view and dataset downloads)
 *   from SOAK_CONCURRENCY (default 4) clients at once, each request from one
 *   of 200 simulated client addresses (sent as X-Forwarded-For, read through
 *   TRUSTED_PROXY_HOPS=1 as behind a proxy), so the per-address limits see
 *   many visitors, not one;
 * - a traffic ingestion POST every minute (the route, with INGEST_SECRET);
 * - a staff edit every 15 s: regulation entries saved with their version
 *   and policy vocabulary terms renamed, through the actions themselves
 *   (lib/regulations/actions, lib/policies/actions) on the same database,
 *   since a server action over HTTP needs the build's action ids.
 * It reports errors (any answer ≥ 400, a failed fetch, a refused edit: all
 * must be 0), p50/p95 latency per kind of request and the server's RSS every
 * 10 s (/proc/<pid>/status VmRSS), and writes bench/results/soak-<date>.md.
 *
 *   npm run bench:soak                 SOAK_SECONDS=120 npm run bench:soak
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { Actor } from "@/lib/core/auth/roles";
import { saveTerm } from "@/lib/policies/actions/save-term";
import { saveRegulationEntry } from "@/lib/regulations/actions/save-regulation-entry";
import { entrySnapshot } from "@/lib/regulations/entry-snapshot";
import { buildIsStale } from "@/scripts/build-state";
import { runBin } from "@/scripts/db/run";
import { scaledDemoDatabase } from "./helpers";

const SECONDS = Number(process.env.SOAK_SECONDS ?? 600);
const CONCURRENCY = Number(process.env.SOAK_CONCURRENCY ?? 4);
const PORT = Number(process.env.SOAK_PORT ?? 3300);
const BASE = `http://127.0.0.1:${PORT}`;
const SECRET = randomBytes(24).toString("base64url");

type Kind = "page" | "api" | "csv" | "download" | "ingest" | "edit";
const timings: Record<Kind, number[]> = { page: [], api: [], csv: [], download: [], ingest: [], edit: [] };
const errors: string[] = [];
const rss: Array<{ at: number; mb: number }> = [];

const PAGES = [
  "/en", "/es", "/en/explorer", "/en/explorer?region=latin-america", "/en/explorer/country/chl", "/en/explorer/country/jpn", "/en/explorer/marketplace/despegar-com-ar",
  "/en/explorer/compare?countries=bra,chl", "/en/explorer/corridor", "/en/explorer/determinants", "/en/policies", "/en/policies?q=export",
  "/en/policies/gaps", "/en/policies/country/chl", "/en/regulations", "/en/regulations/economy/arg", "/en/regulations/pillar/p07",
  "/en/regulations/compare?economies=ARG,JPN", "/en/regulations/similarity", "/en/regulations/search?q=datos", "/en/regulations/indicators", "/en/downloads",
];
const API = ["/api/v1/marketplaces?limit=50", "/api/v1/traffic-monthly?countries=CHL&limit=200", "/api/v1/policies?limit=20", "/api/v1/regulation-scores?limit=100", "/api/v1/indicators?countries=BRA,MEX"];
const CSV = ["/api/csv/explorer/region/ranking", "/api/csv/policies?q=export", "/api/csv/regulations/similarity", "/api/csv/explorer/country/chl/marketplaces"];
const DOWNLOADS = ["/api/downloads/marketplaces.csv", "/api/downloads/traffic-monthly.csv?countries=CHL,PER", "/api/downloads/regulation-entries.csv?countries=ARG"];

let client = 0;
const nextClient = () => `198.18.${Math.floor((client % 200) / 250)}.${(client++ % 200) + 1}`;

function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function timed(kind: Kind, label: string, work: () => Promise<void>): Promise<void> {
  const started = performance.now();
  try {
    await work();
  } catch (error) {
    errors.push(`${kind} ${label}: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    timings[kind].push(performance.now() - started);
  }
}

async function get(kind: Kind, url: string): Promise<void> {
  await timed(kind, url, async () => {
    const response = await fetch(`${BASE}${url}`, { headers: { "x-forwarded-for": nextClient() }, redirect: "manual" });
    await response.arrayBuffer();
    if (response.status >= 400) throw new Error(`HTTP ${response.status}`);
  });
}

function pick<T>(list: readonly T[]): T {
  return list[Math.floor(Math.random() * list.length)];
}

/** One client: reads until the deadline, a mix of mostly pages. */
async function reader(deadline: number): Promise<void> {
  while (Date.now() < deadline) {
    const r = Math.random();
    if (r < 0.55) await get("page", pick(PAGES));
    else if (r < 0.75) await get("api", pick(API));
    else if (r < 0.92) await get("csv", pick(CSV));
    else await get("download", pick(DOWNLOADS));
  }
}

/** A monthly traffic file for a few marketplaces; the visits change each time, so each run updates rows. */
function trafficCsv(round: number): string {
  const months = ["2024-01", "2024-02", "2024-03"];
  const domains = ["despegar.com.ar", "falabella.com"];
  return ["domain,month,visits", ...domains.flatMap((d) => months.map((m, i) => `${d},${m},${100_000 + round * 10 + i}`))].join("\n") + "\n";
}

async function ingestEveryMinute(deadline: number, stopped: () => boolean): Promise<void> {
  for (let round = 1; Date.now() < deadline && !stopped(); round++) {
    await timed("ingest", `round ${round}`, async () => {
      const response = await fetch(`${BASE}/api/ingest/traffic`, {
        method: "POST",
        headers: { authorization: `Bearer ${SECRET}`, "content-type": "text/csv" },
        body: trafficCsv(round),
      });
      const body = (await response.json()) as { status?: string };
      if (response.status !== 200 || body.status !== "SUCCEEDED") throw new Error(`HTTP ${response.status} ${JSON.stringify(body).slice(0, 200)}`);
    });
    await sleepUntil(Math.min(deadline, Date.now() + 60_000), stopped);
  }
}

async function editEvery15s(deadline: number, stopped: () => boolean, db: Awaited<ReturnType<typeof scaledDemoDatabase>>["db"]): Promise<void> {
  const user = await db.user.upsert({ where: { email: "soak-admin@example.org" }, create: { email: "soak-admin@example.org", role: "ADMIN", passwordHash: "x" }, update: {} });
  const actor: Actor = { id: user.id, email: user.email, name: null, role: "ADMIN" };
  const entries = await db.regulationEntry.findMany({ select: { id: true }, orderBy: { id: "asc" }, take: 5 });
  const term = await db.instrumentType.findFirstOrThrow({ orderBy: { id: "asc" } });
  for (let round = 1; Date.now() < deadline && !stopped(); round++) {
    await timed("edit", `round ${round}`, async () => {
      const id = entries[round % entries.length].id;
      const before = await entrySnapshot(db, id);
      if (!before) throw new Error(`entry ${id} is gone`);
      const { version, ...fields } = before;
      const saved = await saveRegulationEntry(actor, { ...fields, id, version, answer: `Soak edit ${round}` });
      if (!saved.ok) throw new Error(`entry save refused: ${JSON.stringify(saved)}`);
      const renamed = await saveTerm(actor, { vocabulary: "instrument-types", id: String(term.id), nameEn: `${term.nameEn} (${round % 2})`, nameEs: `${term.nameEs} (${round % 2})` });
      if (!renamed.ok) throw new Error(`term rename refused: ${JSON.stringify(renamed)}`);
    });
    await sleepUntil(Math.min(deadline, Date.now() + 15_000), stopped);
  }
}

async function sleepUntil(when: number, stopped: () => boolean): Promise<void> {
  while (Date.now() < when && !stopped()) await new Promise((r) => setTimeout(r, Math.min(500, when - Date.now())));
}

function residentMb(pid: number): number {
  const match = readFileSync(`/proc/${pid}/status`, "utf8").match(/VmRSS:\s+(\d+) kB/);
  return match ? Number(match[1]) / 1024 : NaN;
}

async function waitForServer(server: ChildProcess): Promise<void> {
  for (let i = 0; i < 240; i++) {
    if (server.exitCode !== null) throw new Error(`the server exited with code ${server.exitCode}`);
    try {
      if ((await fetch(`${BASE}/en`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error("the server did not answer within 2 minutes");
}

function table(rows: string[][]): string {
  return [rows[0], rows[0].map(() => "---"), ...rows.slice(1)].map((r) => `| ${r.join(" | ")} |`).join("\n");
}

async function main(): Promise<number> {
  if (buildIsStale()) {
    console.log("Building the portal (sources changed since the last build) …");
    await runBin("next", ["build"], process.env);
  }
  console.log("Loading the demonstration data into a fresh database …");
  const bench = await scaledDemoDatabase(1);
  process.env.DATABASE_URL = bench.url; // the edit actions use the app's own client
  // One process (node with tsx's loader), so its RSS is the server's.
  const server = spawn(process.execPath, ["--import", "tsx", "scripts/serve.ts"], {
    env: { ...process.env, DATABASE_URL: bench.url, PORT: String(PORT), HOST: "127.0.0.1", NEXTAUTH_URL: BASE, INGEST_SECRET: SECRET, TRUSTED_PROXY_HOPS: "1", NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  let stopping = false;
  try {
    await waitForServer(server);
    const started = Date.now();
    const deadline = started + SECONDS * 1000;
    console.log(`Soaking for ${SECONDS} s with ${CONCURRENCY} concurrent readers …`);
    rss.push({ at: 0, mb: residentMb(server.pid!) });
    const sampler = setInterval(() => {
      rss.push({ at: Math.round((Date.now() - started) / 1000), mb: residentMb(server.pid!) });
      const done = Object.values(timings).reduce((n, t) => n + t.length, 0);
      console.log(`  ${Math.round((Date.now() - started) / 1000)} s: ${done} requests, ${errors.length} errors, RSS ${rss.at(-1)!.mb.toFixed(0)} MB`);
    }, 10_000);
    const stopped = () => stopping;
    await Promise.all([...Array.from({ length: CONCURRENCY }, () => reader(deadline)), ingestEveryMinute(deadline, stopped), editEvery15s(deadline, stopped, bench.db)]);
    clearInterval(sampler);
    rss.push({ at: Math.round((Date.now() - started) / 1000), mb: residentMb(server.pid!) });
    const elapsed = (Date.now() - started) / 1000;
    return await report(elapsed);
  } finally {
    stopping = true;
    const exited = server.exitCode !== null ? Promise.resolve() : new Promise((r) => server.once("exit", r));
    server.kill("SIGTERM");
    await exited;
    await bench.drop();
  }
}

async function report(elapsed: number): Promise<number> {
  const total = Object.values(timings).reduce((n, t) => n + t.length, 0);
  const rows = [["kind", "requests", "p50 ms", "p95 ms", "max ms"]];
  for (const [kind, t] of Object.entries(timings)) rows.push([kind, String(t.length), percentile(t, 50).toFixed(0), percentile(t, 95).toFixed(0), t.length ? Math.max(...t).toFixed(0) : "–"]);
  const reads = [...timings.page, ...timings.api, ...timings.csv, ...timings.download];
  rows.push(["all reads", String(reads.length), percentile(reads, 50).toFixed(0), percentile(reads, 95).toFixed(0), Math.max(...reads).toFixed(0)]);
  const mbs = rss.map((s) => s.mb);
  const date = new Date().toISOString().slice(0, 10);
  const text = `# Soak test, ${date}

\`npm run bench:soak\` with SOAK_SECONDS=${SECONDS}, ${CONCURRENCY} concurrent readers, on ${os.cpus().length} cores (${os.cpus()[0]?.model ?? "unknown CPU"}), Node ${process.version}.
A shared machine: other work ran beside it, so latencies are an upper bound, not a capacity figure.

- **Duration**: ${elapsed.toFixed(0)} s, ${total} requests and edits (${(reads.length / elapsed).toFixed(1)} reads/s)
- **Errors**: ${errors.length}${errors.length ? `\n${errors.slice(0, 20).map((e) => `  - ${e}`).join("\n")}` : ""}
- **Server RSS**: start ${mbs[0].toFixed(0)} MB, end ${mbs.at(-1)!.toFixed(0)} MB, max ${Math.max(...mbs).toFixed(0)} MB

${table(rows)}

Reads: public pages, JSON API pages, per-view CSVs and dataset downloads. \`ingest\`: a traffic CSV POSTed to
/api/ingest/traffic every minute. \`edit\`: a regulation entry saved (with its version) and a vocabulary term renamed,
every 15 s, through the action functions on the same database.

RSS every 10 s (s: MB): ${rss.map((s) => `${s.at}: ${s.mb.toFixed(0)}`).join(", ")}
`;
  const file = path.join("bench", "results", `soak-${date}.md`);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, text);
  console.log(`\n${text}\nWritten to ${file}.`);
  return errors.length === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
