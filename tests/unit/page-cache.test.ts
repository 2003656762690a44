import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import zlib from "node:zlib";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { PageCache, pageKey, storable } from "@/lib/core/cache/pages";
import { disableCache, enableCache, invalidateLocal } from "@/lib/core/cache/store";

const request = (url: string, headers: Record<string, string> = {}, method = "GET") => ({ method, url, headers }) as unknown as IncomingMessage;

describe("which requests the page cache may answer", () => {
  it("keys public pages and leaves out everything that may differ per visitor", () => {
    expect(pageKey(request("/en/explorer?region=east-asia"))).not.toBeNull();
    expect(pageKey(request("/es/regulations", { cookie: "NEXT_LOCALE=es" }))).not.toBeNull();
    expect(pageKey(request("/en/explorer", {}, "POST"))).toBeNull();
    expect(pageKey(request("/en/explorer", {}, "HEAD"))).toBeNull();
    expect(pageKey(request("/en/explorer", { cookie: "next-auth.session-token=abc" }))).toBeNull();
    expect(pageKey(request("/en/explorer", { cookie: "NEXT_LOCALE=en; other=1" }))).toBeNull();
    expect(pageKey(request("/en/explorer", { authorization: "Bearer x" }))).toBeNull();
    expect(pageKey(request("/en/explorer", { "next-action": "abc" }))).toBeNull();
    for (const path of ["/en/admin", "/en/admin/policies/1", "/pt/focal", "/en/sign-in", "/api/v1/countries", "/_next/static/x.js"]) {
      expect(pageKey(request(path)), path).toBeNull();
    }
  });

  it("keys on the address and the headers a page's content depends on", () => {
    const base = pageKey(request("/en/explorer"));
    expect(pageKey(request("/en/explorer?x=1"))).not.toBe(base);
    expect(pageKey(request("/en/explorer", { rsc: "1" }))).not.toBe(base);
    expect(pageKey(request("/en/explorer", { host: "other.example" }))).not.toBe(base);
    expect(pageKey(request("/en/explorer", { "x-forwarded-proto": "https" }))).not.toBe(base);
    expect(pageKey(request("/en/explorer", { "accept-language": "pt-BR" }))).not.toBe(base);
    expect(pageKey(request("/en/explorer", { cookie: "NEXT_LOCALE=en" }))).not.toBe(base);
    expect(pageKey(request("/en/explorer", { cookie: "NEXT_LOCALE=en", "accept-language": "pt-BR" }))).toBe(pageKey(request("/en/explorer", { cookie: "NEXT_LOCALE=en" })));
    expect(pageKey(request("/en/explorer", { "user-agent": "any", "x-forwarded-for": "10.0.0.1" }))).toBe(base);
  });

  it("keeps only 200 pages without cookies whose Vary headers are in the key", () => {
    const html = { "content-type": "text/html; charset=utf-8", vary: "RSC, Next-Router-State-Tree, Next-Router-Prefetch, Accept-Encoding" };
    expect(storable(200, html)).toBe(true);
    expect(storable(200, { ...html, "content-type": "text/x-component" })).toBe(true);
    expect(storable(404, html)).toBe(false);
    expect(storable(307, html)).toBe(false);
    expect(storable(200, { ...html, "set-cookie": ["NEXT_LOCALE=en; Path=/; SameSite=lax"] })).toBe(true);
    expect(storable(200, { ...html, "set-cookie": ["NEXT_LOCALE=en", "next-auth.csrf-token=abc"] })).toBe(false);
    expect(storable(200, { ...html, "set-cookie": "session=abc" })).toBe(false);
    expect(storable(200, { ...html, vary: "Cookie" })).toBe(false);
    expect(storable(200, { ...html, "content-type": "text/csv" })).toBe(false);
    expect(storable(200, { ...html, "content-encoding": "zstd" })).toBe(false);
  });
});

describe("the page cache in front of a server", () => {
  let server: Server;
  let base: string;
  let renders = 0;
  let rendered: (response: ServerResponse, url: string) => void;
  const cache = new PageCache({ maxBytes: 1024 * 1024, maxAgeMs: 60_000, maxPageBytes: 256 * 1024 });

  /** A page the way Next.js sends one: a nonce in the CSP header and on its scripts, streamed in pieces, compressed when asked. */
  function page(response: ServerResponse, url: string, accept: string) {
    const nonce = `n${renders}AbC+/=`;
    response.setHeader("content-type", "text/html; charset=utf-8");
    response.setHeader("content-security-policy", `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`);
    response.setHeader("vary", "RSC, Accept-Encoding");
    response.setHeader("link", `</style.css>; rel=preload; as="style"; nonce="${nonce}"`);
    const html = `<html><script nonce="${nonce}">go()</script><p>${url} render ${renders}</p></html>`;
    if (accept.includes("gzip")) {
      response.setHeader("content-encoding", "gzip");
      response.end(zlib.gzipSync(html));
    } else {
      response.write(html.slice(0, 20));
      response.end(html.slice(20));
    }
  }

  beforeAll(async () => {
    rendered = () => undefined;
    server = createServer((req, res) => {
      void cache.handle(req, res, () => {
        if (req.url?.startsWith("/en/missing")) {
          res.statusCode = 404;
          res.end("not found");
        } else page(res, req.url ?? "", String(req.headers["accept-encoding"] ?? ""));
        renders += 1;
        rendered(res, req.url ?? "");
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    disableCache();
    await new Promise((resolve) => server.close(resolve));
  });
  beforeEach(() => {
    enableCache();
    invalidateLocal();
    renders = 0;
  });

  const get = async (path: string, headers: Record<string, string> = {}) => {
    const response = await fetch(`${base}${path}`, { headers: { "accept-encoding": "identity", ...headers } });
    return { response, text: await response.text() };
  };

  it("replays a page without rendering it again, with a fresh nonce in the header and the body", async () => {
    const first = await get("/en/explorer");
    expect(first.response.headers.get("x-page-cache")).toBe("miss");
    const second = await get("/en/explorer");
    expect(second.response.headers.get("x-page-cache")).toBe("hit");
    expect(renders).toBe(1);
    expect(second.text).toContain("/en/explorer render 0");
    const nonceOf = (csp: string | null) => /'nonce-([^']+)'/.exec(csp ?? "")?.[1];
    const [one, two] = [nonceOf(first.response.headers.get("content-security-policy")), nonceOf(second.response.headers.get("content-security-policy"))];
    expect(two).toBeTruthy();
    expect(two).not.toBe(one);
    expect(second.text).toContain(`<script nonce="${two}">`);
    expect(second.text).not.toContain(one!);
    expect(second.response.headers.get("link")).toContain(`nonce="${two}"`);
  });

  it("renders again after any write (the data generation moved), and while the data cache is off", async () => {
    await get("/en/regulations");
    invalidateLocal(["policies"]);
    const after = await get("/en/regulations");
    expect(after.response.headers.get("x-page-cache")).toBe("miss");
    expect(after.text).toContain("render 1");
    disableCache();
    await get("/en/regulations");
    await get("/en/regulations");
    expect(renders).toBe(4);
  });

  it("never replays what was rendered while a write happened", async () => {
    rendered = () => invalidateLocal(["traffic"]);
    await get("/en/explorer/corridor");
    rendered = () => undefined;
    expect((await get("/en/explorer/corridor")).response.headers.get("x-page-cache")).toBe("miss");
    expect(renders).toBe(2);
  });

  it("keeps a compressed page decoded and compresses each replay for clients that accept it", async () => {
    await get("/en/policies", { "accept-encoding": "gzip" });
    const response = await fetch(`${base}/en/policies`, { headers: { "accept-encoding": "gzip" } });
    expect(response.headers.get("x-page-cache")).toBe("hit");
    expect(response.headers.get("content-encoding")).toBe("gzip");
    expect(await response.text()).toContain("/en/policies render 0");
    const plain = await get("/en/policies", { "accept-encoding": "gzip" });
    expect(plain.response.headers.get("x-page-cache")).toBe("hit");
  });

  it("does not keep error pages or pages for signed-in visitors", async () => {
    await get("/en/missing");
    await get("/en/missing");
    await get("/en/explorer", { cookie: "next-auth.session-token=abc" });
    await get("/en/explorer", { cookie: "next-auth.session-token=abc" });
    expect(renders).toBe(4);
  });

  it("stays within its memory bound, dropping the least recently used pages", () => {
    const small = new PageCache({ maxBytes: 4000, maxAgeMs: 60_000, maxPageBytes: 2000 });
    const entry = { status: 200, headers: [], body: "x".repeat(1000), nonce: null, generation: "0.0.0.0", day: new Date().toISOString().slice(0, 10), createdAt: Date.now() };
    for (const key of ["a", "b", "c", "d"]) small.store(key, entry);
    expect(small.totalBytes).toBeLessThanOrEqual(4000);
    expect(small.size).toBe(2);
    small.store("huge", { ...entry, body: "x".repeat(5000) });
    expect(small.size).toBe(2);
  });
});
