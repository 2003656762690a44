/**
 * Property-based fuzzing of every API route handler (app/api/** /route.ts)
 * with hostile parameters, paths, headers and bodies, on the demonstration
 * data: never a 5xx, and never "<script" in an answer (input is not reflected
 * as markup). The handlers are called directly, without the proxy in front
 * of them, so they hold on their own (the proxy already refuses malformed
 * percent-encoding with 400). The sign-in route (next-auth) needs the Next.js
 * request scope and is fuzzed over HTTP in e2e/hostile-queries.spec.ts, as are
 * the link-preview routes (oEmbed, preview image), which read the page's
 * messages through next-intl's request configuration.
 */
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { readdirSync } from "node:fs";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { GET as csvGet } from "@/app/api/csv/[...path]/route";
import { GET as datasetGet } from "@/app/api/downloads/[dataset]/route";
import { GET as zipGet } from "@/app/api/downloads/all.zip/route";
import { GET as ingestGet, POST as ingestPost } from "@/app/api/ingest/traffic/route";
import { GET as openapiGet } from "@/app/api/v1/openapi.json/route";
import { GET as apiGet } from "@/app/api/v1/[dataset]/route";
import { DATASETS } from "@/lib/downloads/datasets";
import { VIEWS } from "@/lib/views";
import { seedDemo } from "@/prisma/seed/seed-demo";
import { FRAGMENTS, hostileText, pathSegment, PARAMETER_NAMES, queryString, queryValue } from "@/tests/helpers/hostile";
import { useScratchDatabase } from "@/tests/helpers/scratch-db-hooks";

const SECRET = "fuzz-ingest-secret-0123456789abcdef";
const BASE = "http://portal.test";

/** Route files and the handlers fuzzed here; a new route file fails the test until it is added. */
const FUZZED = new Map<string, string[]>([
  ["app/api/csv/[...path]/route.ts", ["GET"]],
  ["app/api/downloads/[dataset]/route.ts", ["GET"]],
  ["app/api/downloads/all.zip/route.ts", ["GET"]],
  ["app/api/ingest/traffic/route.ts", ["GET", "POST"]],
  ["app/api/v1/openapi.json/route.ts", ["GET"]],
  ["app/api/v1/[dataset]/route.ts", ["GET"]],
]);
const OVER_HTTP = new Set(["app/api/auth/[...nextauth]/route.ts", "app/api/oembed/route.ts", "app/api/og/route.tsx"]);

let calls = 0;
let address = 0;
/** A new client address per call, so the per-address limits do not turn the fuzz into a run of 429s. */
const nextAddress = () => `10.${(++address >> 16) & 255}.${(address >> 8) & 255}.${address & 255}`;

function request(pathAndQuery: string, init: RequestInit & { headers?: Record<string, string> } = {}): Request {
  return new Request(`${BASE}${pathAndQuery}`, { ...init, headers: { "x-forwarded-for": nextAddress(), ...init.headers }, duplex: "half" } as RequestInit);
}

/** The contract every answer keeps: no server error, no markup from the input, a body that can be read to its end. */
async function expectSafe(label: string, response: Response): Promise<void> {
  calls++;
  const body = await response.text();
  expect(response.status, `${label} → ${response.status} ${body.slice(0, 300)}`).toBeLessThan(500);
  expect(body.toLowerCase().includes("<script"), `${label} reflects markup: ${body.slice(0, 300)}`).toBe(false);
}

const viewPaths = VIEWS.map((v) => ({ pattern: v.path, cards: Object.keys(v.cards) }));

describe("fuzzing the API route handlers", () => {
  useScratchDatabase((db) => seedDemo(db));

  beforeAll(async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "portal-fuzz-"));
    const file = path.join(dir, "traffic.csv");
    await writeFile(file, `domain,month,visits\n<script>.example,2024-01,1\nmercadolibre.cl,2024-13,\u0000\n`);
    vi.stubEnv("INGEST_SECRET", SECRET);
    vi.stubEnv("TRAFFIC_SOURCE_URL", pathToFileURL(file).toString());
  });
  afterAll(() => {
    vi.unstubAllEnvs();
    console.log(`Route fuzzing: ${calls} requests.`);
  });

  it("covers every route file", () => {
    const files = (readdirSync("app/api", { recursive: true }) as string[]).filter((f) => /^route\.tsx?$/.test(path.basename(f))).map((f) => `app/api/${f.split(path.sep).join("/")}`).sort();
    expect(files.filter((f) => !OVER_HTTP.has(f))).toEqual([...FUZZED.keys()].sort());
  });

  it("per-view CSV: hostile path segments, cards and query strings", async () => {
    const segments = fc.oneof(
      // A known view with hostile path parameters and an optional (hostile or known) card.
      { weight: 3, arbitrary: fc.constantFrom(...viewPaths).chain(({ pattern, cards }) =>
          fc.tuple(
            fc.tuple(...pattern.map((part) => (part.startsWith(":") ? pathSegment : fc.constant(part)))),
            fc.option(fc.oneof(fc.constantFrom(...cards), pathSegment), { nil: undefined }),
          ).map(([parts, card]) => (card === undefined ? parts : [...parts, card])),
        ) },
      { weight: 1, arbitrary: fc.array(pathSegment, { minLength: 1, maxLength: 5 }) },
    );
    await fc.assert(
      fc.asyncProperty(segments, queryString(PARAMETER_NAMES), async (parts, query) => {
        const url = `/api/csv/${parts.map((p) => encodeURIComponent(p.replace(/[\ud800-\udfff]/g, "\ufffd"))).join("/")}${query}`;
        await expectSafe(url, await csvGet(request(url), { params: Promise.resolve({ path: parts }) }));
      }),
      { numRuns: 250 },
    );
  });

  it("JSON API and dataset CSVs: hostile dataset names, filters, limits and cursors", async () => {
    const dataset = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...DATASETS.map((d) => d.id)) }, { weight: 1, arbitrary: hostileText });
    const cursor = fc.oneof(
      queryValue,
      fc.jsonValue().map((v) => Buffer.from(JSON.stringify(v)).toString("base64url")),
      fc.record({ o: fc.oneof(fc.integer(), fc.double(), fc.constantFrom(1e300, -1, 2 ** 31, 2 ** 53)), v: fc.oneof(fc.string(), fc.constantFrom(...FRAGMENTS)) }).map((v) => Buffer.from(JSON.stringify(v)).toString("base64url")),
    );
    await fc.assert(
      fc.asyncProperty(dataset, queryString(PARAMETER_NAMES), fc.option(cursor), async (id, query, c) => {
        const q = c === null ? query : `${query}${query ? "&" : "?"}cursor=${c}`;
        await expectSafe(`/api/v1/${id}${q}`, await apiGet(request(`/api/v1/x${q}`), { params: Promise.resolve({ dataset: id }) }));
      }),
      { numRuns: 200 },
    );
    await fc.assert(
      fc.asyncProperty(dataset.map((id) => `${id}.csv`), queryString([...PARAMETER_NAMES, "bom"]), async (id, query) => {
        await expectSafe(`/api/downloads/${id}${query}`, await datasetGet(request(`/api/downloads/x.csv${query}`), { params: Promise.resolve({ dataset: id }) }));
      }),
      { numRuns: 80 },
    );
  });

  it("full zip and OpenAPI document: hostile conditional headers and queries", async () => {
    await fc.assert(
      fc.asyncProperty(fc.option(hostileText.map((v) => v.replace(/[^\x20-\x7e]/g, ""))), queryString(PARAMETER_NAMES), async (etag, query) => {
        const headers: Record<string, string> = etag === null ? {} : { "if-none-match": etag };
        await expectSafe(`all.zip ${etag}`, await zipGet(request(`/api/downloads/all.zip${query}`, { headers })));
      }),
      { numRuns: 10 },
    );
    for (let i = 0; i < 3; i++) await expectSafe("openapi.json", await openapiGet());
  });

  it("ingestion route: hostile secrets, parameters and bodies", async () => {
    const authorization = fc.oneof(fc.constant(`Bearer ${SECRET}`), fc.constant(undefined), hostileText.map((v) => `Bearer ${v.replace(/[^\x20-\x7e]/g, "")}`));
    const csvLine = fc.array(fc.oneof(hostileText, fc.constantFrom("mercadolibre.cl", "2024-01", "1000", "CHL", "0.5", "female", "18-24")), { maxLength: 5 }).map((cells) => cells.join(","));
    const body = fc.oneof(
      fc.constant(""),
      fc.tuple(fc.constantFrom("domain,month,visits", "domain,year,origin_iso3,share", "domain,year,gender,share", "domain,year,age_group,share", "x"), fc.array(csvLine, { maxLength: 8 })).map(([header, lines]) => [header, ...lines].join("\n")),
      fc.uint8Array({ maxLength: 200 }).map((bytes) => Buffer.from(bytes).toString("latin1")),
    );
    await fc.assert(
      fc.asyncProperty(authorization, queryString(["kind", "dryRun", "pull"]), body, fc.boolean(), async (auth, query, text, get) => {
        const headers: Record<string, string> = auth === undefined ? {} : { authorization: auth };
        const response = get ? await ingestGet(request(`/api/ingest/traffic${query}`, { headers })) : await ingestPost(request(`/api/ingest/traffic${query}`, { method: "POST", headers, body: text }));
        await expectSafe(`${get ? "GET" : "POST"} ${query} ${JSON.stringify(text.slice(0, 80))}`, response);
      }),
      { numRuns: 60 },
    );
  });
});
