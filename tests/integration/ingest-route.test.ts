import { writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { GET, POST } from "@/app/api/ingest/traffic/route";
import { pullConfiguredSource } from "@/lib/ingest/pull";
import { checkIngestSecret } from "@/lib/ingest/secret";
import { loadExplorerFixture } from "@/tests/helpers/explorer-fixture";
import { fingerprint } from "@/tests/helpers/ingest-helpers";
import { useScratchDatabase } from "@/tests/helpers/scratch-db-hooks";

const SECRET = "correct horse battery staple";
const URL_BASE = "http://portal.test/api/ingest/traffic";
const CSV = "domain,month,visits\na.example.cl,2025-06,60\nb.example.cl,2025-06,20\n";

function post(body: BodyInit | null, authorization: string | null = `Bearer ${SECRET}`, query = ""): Request {
  const headers: Record<string, string> = { "content-type": "text/csv" };
  if (authorization) headers.authorization = authorization;
  return new Request(`${URL_BASE}${query}`, { method: "POST", headers, body, duplex: "half" } as RequestInit);
}

function get(authorization: string | null = `Bearer ${SECRET}`): Request {
  return new Request(URL_BASE, { headers: authorization ? { authorization } : {} });
}

describe("the ingestion route", () => {
  const db = useScratchDatabase(loadExplorerFixture);
  let server: Server;
  let serverUrl: string;
  const csvFile = path.join(tmpdir(), `ingest-route-${process.pid}.csv`);

  beforeAll(async () => {
    writeFileSync(csvFile, "domain,month,visits\nc.example.jp,2025-07,70\n");
    server = createServer((req, res) => {
      if (req.url === "/ok.csv") res.end("domain,month,visits\nd.example.jp,2025-08,80\n");
      else if (req.url === "/slow.csv") setTimeout(() => res.end("domain,month,visits\n"), 2_000);
      else if (req.url === "/huge.csv") {
        res.setHeader("content-length", String(500 * 1024 * 1024));
        res.write("domain,month,visits\n");
      } else {
        res.statusCode = 500;
        res.end("boom");
      }
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    serverUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => {
    server.closeAllConnections();
    server.close();
  });
  afterEach(() => vi.unstubAllEnvs());

  async function runCount() {
    return db().ingestionRun.count();
  }

  it("rejects a missing or wrong secret with 401 and does nothing", async () => {
    vi.stubEnv("INGEST_SECRET", SECRET);
    const before = { data: await fingerprint(db()), runs: await runCount() };
    for (const request of [post(CSV, null), post(CSV, "Bearer wrong"), post(CSV, `Basic ${SECRET}`), post(CSV, "Bearer "), get(null), get(`Bearer ${SECRET}x`)]) {
      const response = await (request.method === "GET" ? GET(request) : POST(request));
      expect(response.status).toBe(401);
      expect(await response.json()).toMatchObject({ error: { code: "unauthorized" } });
    }
    expect({ data: await fingerprint(db()), runs: await runCount() }).toEqual(before);
  });

  it("refuses to run at all in production while INGEST_SECRET is unset", async () => {
    vi.stubEnv("INGEST_SECRET", "");
    vi.stubEnv("NODE_ENV", "production");
    const response = await POST(post(CSV, "Bearer "));
    expect(response.status).toBe(503);
    expect((await response.json()).error).toMatchObject({ code: "disabled", message: expect.stringMatching(/INGEST_SECRET is not set/) });
    expect(checkIngestSecret(`Bearer anything`, { NODE_ENV: "development" } as NodeJS.ProcessEnv)).toMatchObject({ ok: false, status: 401 });
    expect(checkIngestSecret(`Bearer ${SECRET}`, { INGEST_SECRET: SECRET } as unknown as NodeJS.ProcessEnv)).toEqual({ ok: true });
  });

  it("loads the CSV in the body and answers with the run", async () => {
    vi.stubEnv("INGEST_SECRET", SECRET);
    const response = await POST(post(CSV));
    expect(response.status).toBe(200);
    const json = await response.json();
    expect(json).toMatchObject({ status: "SUCCEEDED", counts: { read: 2, inserted: 2, updated: 0, unchanged: 0, rejected: 0 }, errors: [] });
    expect(await db().ingestionRun.findUniqueOrThrow({ where: { id: json.runId } })).toMatchObject({ trigger: "API", source: "request body" });
  });

  it("answers 422 with line-numbered errors for an invalid body", async () => {
    vi.stubEnv("INGEST_SECRET", SECRET);
    const response = await POST(post("domain,year,gender,share\na.example.cl,2024,female,0.7\n", undefined, "?kind=gender"));
    expect(response.status).toBe(422);
    expect(await response.json()).toMatchObject({ status: "FAILED", errors: [{ line: 2, column: "share", message: expect.stringMatching(/add up to 0\.7/) }] });
  });

  it("pulls TRAFFIC_SOURCE_URL (file:// and http://) on GET and on a POST asking for it with pull=1", async () => {
    vi.stubEnv("INGEST_SECRET", SECRET);
    vi.stubEnv("TRAFFIC_SOURCE_URL", pathToFileURL(csvFile).toString());
    const fromFile = await GET(get());
    expect(await fromFile.json()).toMatchObject({ status: "SUCCEEDED", counts: { inserted: 1 } });
    vi.stubEnv("TRAFFIC_SOURCE_URL", `${serverUrl}/ok.csv`);
    const fromHttp = await POST(post(null, undefined, "?pull=1"));
    const json = await fromHttp.json();
    expect(json).toMatchObject({ status: "SUCCEEDED", counts: { inserted: 1 } });
    expect(await db().ingestionRun.findUniqueOrThrow({ where: { id: json.runId } })).toMatchObject({ trigger: "API", source: `${serverUrl}/ok.csv` });
    vi.stubEnv("TRAFFIC_SOURCE_URL", "");
    expect((await GET(get())).status).toBe(503);
  });

  it("refuses an empty POST with 400 \"the file is empty\", and neither pulls nor records a run", async () => {
    vi.stubEnv("INGEST_SECRET", SECRET);
    vi.stubEnv("TRAFFIC_SOURCE_URL", `${serverUrl}/ok.csv`);
    const runs = await db().ingestionRun.count();
    const before = await fingerprint(db());
    for (const [body, query] of [[null, ""], ["", ""], [null, "?dryRun=1"], [null, "?kind=gender"]] as const) {
      const response = await POST(post(body, undefined, query));
      expect(response.status, `${body} ${query}`).toBe(400);
      expect(await response.json()).toEqual({ error: { code: "empty", message: expect.stringMatching(/^The file is empty/), parameter: "body" } });
    }
    const both = await POST(post(CSV, undefined, "?pull=1"));
    expect(both.status).toBe(400);
    expect(await both.json()).toMatchObject({ error: { parameter: "pull" } });
    expect(await db().ingestionRun.count()).toBe(runs);
    expect(await fingerprint(db())).toEqual(before);
  });

  it("records a failed run with the reason when the source fails", async () => {
    vi.stubEnv("INGEST_SECRET", SECRET);
    vi.stubEnv("INGEST_FETCH_TIMEOUT_MS", "300");
    const cases: Array<[string, RegExp]> = [
      [`${serverUrl}/missing.csv`, /answered HTTP 500/],
      [`${serverUrl}/slow.csv`, /no answer within 0\.3 s/],
      [`${serverUrl}/huge.csv`, /over the limit of 64 MB/],
      [pathToFileURL(path.join(tmpdir(), "no-such-file.csv")).toString(), /no such file/],
      ["ftp://example.org/traffic.csv", /Unsupported source URL scheme/],
    ];
    for (const [url, reason] of cases) {
      vi.stubEnv("TRAFFIC_SOURCE_URL", url);
      const before = await fingerprint(db());
      const response = await GET(get());
      expect(response.status, url).toBe(422);
      const json = await response.json();
      expect(json.errors[0].message, url).toMatch(reason);
      const run = await db().ingestionRun.findUniqueOrThrow({ where: { id: json.runId } });
      expect(run).toMatchObject({ status: "FAILED", trigger: "SCHEDULED", triggeredBy: "cron" });
      expect(JSON.stringify(run.errors)).toMatch(reason);
      expect(await fingerprint(db())).toEqual(before);
    }
  });

  it("makes one run of two concurrent triggers: the second answers 409 already-running", async () => {
    vi.stubEnv("INGEST_SECRET", SECRET);
    const runsBefore = await runCount();
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const slowBody = new ReadableStream<Uint8Array>({
      async start(controller) {
        controller.enqueue(new TextEncoder().encode("domain,month,visits\na.example.cl,2025-09,1\n"));
        await gate;
        controller.enqueue(new TextEncoder().encode("b.example.cl,2025-09,2\n"));
        controller.close();
      },
    });
    const first = POST(post(slowBody));
    // Wait until the first run holds the lock.
    for (let i = 0; i < 100; i++) {
      const [{ n }] = await db().$queryRaw<Array<{ n: number }>>`SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory' AND granted`;
      if (n > 0) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const second = await POST(post(CSV));
    expect(second.status).toBe(409);
    expect(await second.json()).toMatchObject({ error: { code: "already-running" } });
    release();
    const done = await first;
    expect(await done.json()).toMatchObject({ status: "SUCCEEDED", counts: { read: 2, inserted: 2 } });
    expect(await runCount()).toBe(runsBefore + 1);
  });

  it("makes one scheduled run per period even when instances fire one after the other", async () => {
    vi.stubEnv("TRAFFIC_SOURCE_URL", pathToFileURL(csvFile).toString());
    const slot = new Date();
    const results = await Promise.all([1, 2, 3].map(() => pullConfiguredSource({ trigger: "SCHEDULED", triggeredBy: "scheduler", skipIfScheduledRunSince: slot })));
    const statuses = results.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === "SUCCEEDED")).toHaveLength(1);
    expect(statuses.every((s) => ["SUCCEEDED", "already-running", "already-done"].includes(s))).toBe(true);
    expect(await db().ingestionRun.count({ where: { trigger: "SCHEDULED", triggeredBy: "scheduler" } })).toBe(1);
  });
});
