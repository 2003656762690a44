/**
 * The whole-page cache of the production server (scripts/serve.ts): a public
 * page as Next.js rendered it (its HTML, or the RSC payload of a client-side
 * navigation), replayed to the next visitor who asks for the same address,
 * without rendering or querying again.
 *
 * Exactness comes from the data cache (store.ts): an entry remembers the data
 * generation its request started under, and is stale as soon as any write on
 * any instance moves it (the same invalidation as the cached data functions),
 * after PORTAL_CACHE_MAX_AGE, or when the UTC day it was made in ends (the
 * country brief prints the date). A render that started before a write can
 * never be replayed after it.
 *
 * Only what is the same for every visitor is kept: GET requests without a
 * session (no cookie but the language one), to pages outside the staff and
 * sign-in areas, answered 200 setting no cookie but the language one, whose
 * Vary headers are all part of the key. Each replay carries a fresh CSP nonce, replaced in the
 * header and the body, so a nonce is never served twice. Bodies are kept
 * decoded and compressed (gzip) per replay when the client accepts it.
 * Memory is bounded (PORTAL_PAGE_CACHE_MB, 64): the least recently used
 * pages go first.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { promisify } from "node:util";
import zlib from "node:zlib";
import { newNonce } from "@/lib/core/http/security-headers";
import { dataGeneration } from "./store";

/** Request headers a page's content may depend on (Next.js names the RSC ones in its Vary header). */
const KEYED_HEADERS = ["host", "x-forwarded-proto", "rsc", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch", "next-url"] as const;
/** Headers the replay sets itself. */
const NOT_REPLAYED = new Set(["content-length", "content-encoding", "transfer-encoding", "connection", "keep-alive", "date", "x-page-cache"]);
const LANGUAGE_COOKIE = "NEXT_LOCALE";
const PRIVATE_AREAS = /^\/[^/]+\/(?:admin|focal|sign-in)(?:\/|$)/;
const CACHED_TYPES = /^text\/(?:html|x-component)\b/;
const NONCE = /'nonce-([A-Za-z0-9+/=]+)'/;
/** The header saying whether a page came from the cache: operators and tests read it. */
export const PAGE_CACHE_HEADER = "x-page-cache";

interface Page {
  status: number;
  headers: [string, string | string[]][];
  body: string;
  nonce: string | null;
  generation: string;
  day: string;
  createdAt: number;
  bytes: number;
}

export interface PageCacheOptions {
  maxBytes: number;
  maxAgeMs: number;
  /** The largest page kept; bigger ones are served as rendered. */
  maxPageBytes: number;
}

const utcDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const gzip = promisify(zlib.gzip);

function single(value: string | string[] | undefined): string {
  return Array.isArray(value) ? value.join(", ") : (value ?? "");
}

/** The cache key of a request, or null when its answer may differ per visitor or is never kept. */
export function pageKey(request: Pick<IncomingMessage, "method" | "url" | "headers">): string | null {
  if (request.method !== "GET" || !request.url) return null;
  const path = request.url.split("?")[0];
  if (path.startsWith("/api/") || path.startsWith("/_next/") || PRIVATE_AREAS.test(path)) return null;
  const { headers } = request;
  if (headers.authorization || headers["next-action"]) return null;
  const cookies = single(headers.cookie)
    .split(";")
    .map((c) => c.trim())
    .filter(Boolean);
  if (cookies.some((c) => !c.startsWith(`${LANGUAGE_COOKIE}=`))) return null;
  // Whether the answer sets the language cookie depends on the cookie, the browser's languages and the kind of
  // request (next-intl's middleware), so these are in the key and a replay sets the cookie exactly when a render would.
  const language = cookies.length > 0 ? cookies.join(";") : `accept:${single(headers["accept-language"])}`;
  return JSON.stringify([request.url, language, single(headers["sec-fetch-dest"]), ...KEYED_HEADERS.map((name) => single(headers[name]))]);
}

/** Whether a response may be replayed to another visitor; `vary` is its Vary header. */
export function storable(status: number, headers: Record<string, string | string[] | number | undefined>): boolean {
  if (status !== 200) return false;
  // The language cookie is the same for every request with the same key (see pageKey); any other cookie is a visitor's own.
  const cookies = headers["set-cookie"];
  if (cookies !== undefined && ![cookies].flat().every((c) => String(c).startsWith(`${LANGUAGE_COOKIE}=`))) return false;
  if (!CACHED_TYPES.test(single(headers["content-type"] as string | undefined))) return false;
  const encoding = single(headers["content-encoding"] as string | undefined);
  if (encoding && !["gzip", "deflate", "br"].includes(encoding)) return false;
  const keyed = new Set<string>([...KEYED_HEADERS, "accept-encoding"]);
  return single(headers.vary as string | undefined)
    .split(",")
    .map((name) => name.trim().toLowerCase())
    .every((name) => name === "" || keyed.has(name));
}

function decoded(body: Buffer, encoding: string): Buffer {
  if (encoding === "gzip") return zlib.gunzipSync(body);
  if (encoding === "deflate") return zlib.inflateSync(body);
  if (encoding === "br") return zlib.brotliDecompressSync(body);
  return body;
}

export class PageCache {
  private readonly pages = new Map<string, Page>();
  private bytes = 0;

  constructor(private readonly options: PageCacheOptions) {}

  get size(): number {
    return this.pages.size;
  }

  get totalBytes(): number {
    return this.bytes;
  }

  /** The page for a key if it is still current. */
  lookup(key: string, now = Date.now()): Page | null {
    const page = this.pages.get(key);
    if (!page) return null;
    const generation = dataGeneration();
    if (generation === null || page.generation !== generation || now - page.createdAt > this.options.maxAgeMs || page.day !== utcDay(now)) {
      this.remove(key);
      return null;
    }
    // Most recently used last, so the oldest is the first to go.
    this.pages.delete(key);
    this.pages.set(key, page);
    return page;
  }

  store(key: string, page: Omit<Page, "bytes">): void {
    const bytes = Buffer.byteLength(page.body) + 512;
    if (bytes > this.options.maxPageBytes) return;
    this.remove(key);
    this.pages.set(key, { ...page, bytes });
    this.bytes += bytes;
    for (const [oldest] of this.pages) {
      if (this.bytes <= this.options.maxBytes) break;
      this.remove(oldest);
    }
  }

  private remove(key: string): void {
    const page = this.pages.get(key);
    if (!page) return;
    this.pages.delete(key);
    this.bytes -= page.bytes;
  }

  /**
   * Serves the request from the cache, or lets `render` answer it and keeps
   * the answer when it may be replayed. The cache is bypassed while the data
   * cache is off (PORTAL_CACHE=off, or before the server turned it on).
   */
  async handle(request: IncomingMessage, response: ServerResponse, render: () => void): Promise<void> {
    const key = pageKey(request);
    const generation = dataGeneration();
    if (key === null || generation === null) return render();
    const hit = this.lookup(key);
    if (hit) return replay(hit, request, response);
    const startedAt = Date.now();
    response.setHeader(PAGE_CACHE_HEADER, "miss");
    capture(response, this.options.maxPageBytes, (status, headers, body) => {
      if (!storable(status, headers)) return;
      const text = decoded(body, single(headers["content-encoding"] as string | undefined)).toString("utf8");
      const nonce = NONCE.exec(single(headers["content-security-policy"] as string | undefined))?.[1] ?? null;
      const kept = Object.entries(headers).filter(([name, value]) => value !== undefined && !NOT_REPLAYED.has(name)) as [string, string | string[]][];
      this.store(key, { status, headers: kept.map(([n, v]) => [n, Array.isArray(v) ? v : String(v)]), body: text, nonce, generation, day: utcDay(startedAt), createdAt: startedAt });
    });
    render();
  }
}

/** Replays a kept page with a nonce of its own, compressed when the client accepts gzip. */
async function replay(page: Page, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const nonce = page.nonce ? newNonce() : null;
  const fresh = (value: string) => (page.nonce && nonce ? value.split(page.nonce).join(nonce) : value);
  // The nonce is in the CSP header, the preload Link header and the scripts.
  for (const [name, value] of page.headers) response.setHeader(name, Array.isArray(value) ? value.map(fresh) : fresh(value));
  response.setHeader(PAGE_CACHE_HEADER, "hit");
  let body = Buffer.from(fresh(page.body), "utf8");
  if (/\bgzip\b/.test(single(request.headers["accept-encoding"]))) {
    body = await gzip(body, { level: 4 });
    response.setHeader("content-encoding", "gzip");
  }
  const vary = single(response.getHeader("vary") as string | undefined);
  if (!/accept-encoding/i.test(vary)) response.setHeader("vary", vary ? `${vary}, Accept-Encoding` : "Accept-Encoding");
  response.setHeader("content-length", body.length);
  response.writeHead(page.status);
  response.end(body);
}

type Headers = Record<string, string | string[] | number | undefined>;

/** Tees what is written to the response; `done` gets status, headers and body once it has all gone out (unless it grew past `limit`). */
function capture(response: ServerResponse, limit: number, done: (status: number, headers: Headers, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  let size = 0;
  let tooBig = false;
  let headArgs: Headers = {};
  const keep = (chunk: unknown, encoding?: unknown) => {
    if (tooBig || chunk === undefined || chunk === null || typeof chunk === "function") return;
    const buffer = typeof chunk === "string" ? Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8") : Buffer.from(chunk as Uint8Array);
    size += buffer.length;
    if (size > limit) {
      tooBig = true;
      chunks.length = 0;
    } else chunks.push(buffer);
  };
  const { write, end, writeHead } = response;
  response.write = function (this: ServerResponse, chunk: unknown, ...rest: unknown[]) {
    keep(chunk, rest[0]);
    return (write as (...args: unknown[]) => boolean).call(this, chunk, ...rest);
  } as typeof response.write;
  response.end = function (this: ServerResponse, chunk?: unknown, ...rest: unknown[]) {
    keep(chunk, rest[0]);
    return (end as (...args: unknown[]) => ServerResponse).call(this, chunk, ...rest);
  } as typeof response.end;
  response.writeHead = function (this: ServerResponse, status: number, ...rest: unknown[]) {
    const headers = rest.find((r) => typeof r === "object" && r !== null);
    if (headers && !Array.isArray(headers)) headArgs = Object.fromEntries(Object.entries(headers as Headers).map(([n, v]) => [n.toLowerCase(), v]));
    return (writeHead as (...args: unknown[]) => ServerResponse).call(this, status, ...rest);
  } as typeof response.writeHead;
  response.once("finish", () => {
    if (!tooBig) done(response.statusCode, { ...response.getHeaders(), ...headArgs }, Buffer.concat(chunks));
  });
}

/** The server's page cache from its settings (PORTAL_PAGE_CACHE_MB, PORTAL_CACHE_MAX_AGE); null when PORTAL_CACHE=off. */
export function pageCacheFromEnv(env: NodeJS.ProcessEnv = process.env): PageCache | null {
  if (env.PORTAL_CACHE === "off") return null;
  const megabytes = Number(env.PORTAL_PAGE_CACHE_MB ?? 64);
  const maxAgeSeconds = Number(env.PORTAL_CACHE_MAX_AGE ?? 3600);
  if (!(megabytes > 0)) return null;
  return new PageCache({ maxBytes: megabytes * 1024 * 1024, maxAgeMs: (maxAgeSeconds > 0 ? maxAgeSeconds : 3600) * 1000, maxPageBytes: Math.min(8 * 1024 * 1024, megabytes * 1024 * 1024) });
}
