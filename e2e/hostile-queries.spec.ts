import { expect, test } from "@playwright/test";

/**
 * Every public page type, the sign-in routes and an unknown address, each
 * asked with hostile query strings and path parameters over HTTP (through
 * the proxy, as a visitor would): never a 5xx, and never the injected
 * script in the answer.
 */
const PAGES = [
  "/en", "/es", "/en/explorer", "/en/explorer/country/chl", "/en/explorer/marketplace/despegar-com-ar", "/en/explorer/compare",
  "/en/explorer/corridor", "/en/explorer/determinants", "/en/policies", "/en/policies/1", "/en/policies/country/chl", "/en/policies/gaps",
  "/en/regulations", "/en/regulations/economy/arg", "/en/regulations/pillar/p07", "/en/regulations/compare", "/en/regulations/similarity",
  "/en/regulations/search", "/es/regulations/search", "/en/regulations/indicators", "/en/regulations/suggest/1", "/en/downloads",
  "/en/downloads/api", "/en/sign-in", "/en/no-such-page", "/en/embed/explorer", "/en/embed/explorer/compare", "/es/embed/explorer/determinants",
  "/en/embed/regulations/economy/arg", "/api/auth/session", "/api/auth/csrf", "/api/auth/providers", "/api/auth/signin",
];

const SCRIPT = "<script>alert(1)</script>";
const QUERIES = [
  "?q=%00&page=0",
  `?q=${encodeURIComponent(SCRIPT)}&economy=${encodeURIComponent(SCRIPT)}`,
  "?page=99999999999&year=1e300&from=-1&to=NaN&limit=2147483648",
  `?countries=${"chl,".repeat(200)}&region=..%2F..%2Fetc%2Fpasswd&display=%1B%5B31m`,
  "?region=east-asia&region=latin-america&q=a&q=b&order=name&order=%00",
  `?q=${"x".repeat(5000)}`,
  "?q=%E0%A4%A&pillar=%C0%AE",
  `?callbackUrl=${encodeURIComponent("javascript:alert(1)")}&lang=%00`,
];

/** Path parameters that cannot name anything. */
const HOSTILE_PATHS = [
  "/en/explorer/country/%00", "/en/explorer/marketplace/%00", `/en/explorer/marketplace/${encodeURIComponent(SCRIPT)}`, "/en/policies/99999999999",
  "/en/policies/country/%00", "/en/regulations/economy/%00%00%00", "/en/regulations/pillar/..%2F..", "/en/regulations/suggest/99999999999",
  "/en/regulations/suggest/%00", "/en/embed/explorer/country/%00", `/en/embed/explorer/marketplace/${encodeURIComponent(SCRIPT)}`, "/en/embed/%00",
  "/en/admin/policies/99999999999", "/en/admin/regulations/entries/%00", "/en/admin/ingestion/1e300",
];

test.describe("hostile queries on every page type", () => {
  for (const page of PAGES) {
    test(`${page} answers hostile queries without a server error`, async ({ request }) => {
      for (const query of QUERIES) {
        const response = await request.get(`${page}${query}`);
        expect(response.status(), `${page}${query.slice(0, 120)}`).toBeLessThan(500);
        expect(await response.text(), `${page}${query.slice(0, 120)}`).not.toContain(SCRIPT);
      }
    });
  }

  test("path parameters that cannot name anything are not server errors", async ({ request }) => {
    for (const path of HOSTILE_PATHS) {
      const response = await request.get(path);
      expect(response.status(), path).toBeLessThan(500);
      expect(await response.text(), path).not.toContain(SCRIPT);
    }
  });

  test("the link-preview routes (oEmbed, preview image) answer hostile links without a server error", async ({ request, baseURL }) => {
    const links = [
      "", SCRIPT, "javascript:alert(1)", "//example.org/en/explorer", "/en/embed/explorer", "/api/oembed", "/%00", "/en/explorer/country/%00",
      `/en/explorer?granularity=${encodeURIComponent(SCRIPT)}&region=%00`, `${baseURL}/en/explorer/marketplace/${encodeURIComponent(SCRIPT)}`,
      `${baseURL}/es/explorer/compare?countries=${"chl,".repeat(200)}`, "http://[::1", "x".repeat(5000),
    ];
    for (const link of links) {
      for (const route of [`/api/oembed?format=json&maxwidth=${encodeURIComponent(SCRIPT)}&url=`, "/api/oembed?url=", "/api/og?url="]) {
        const response = await request.get(`${route}${encodeURIComponent(link)}`);
        expect(response.status(), `${route}${link.slice(0, 80)}`).toBeLessThan(500);
        if (!route.startsWith("/api/og")) expect(await response.text(), `${route}${link.slice(0, 80)}`).not.toContain(SCRIPT);
      }
    }
  });

  test("a hostile callback-url cookie is no server error either", async ({ playwright, baseURL }) => {
    const context = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { cookie: `next-auth.callback-url=${encodeURIComponent("javascript:alert(1)")}; other=1` } });
    for (const path of ["/api/auth/session", "/api/auth/csrf", "/api/auth/providers"]) expect((await context.get(path)).status(), path).toBeLessThan(500);
    await context.dispose();
  });

  test("the credentials sign-in refuses hostile form posts without a server error", async ({ request }) => {
    const csrf = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
    for (const [email, password] of [["\u0000", "\u0000"], [SCRIPT, "x".repeat(5000)], ["a@b.c' OR '1'='1", "' OR '1'='1"], ["", ""]]) {
      const response = await request.post("/api/auth/callback/credentials", { form: { csrfToken: csrf.csrfToken, email, password, json: "true" }, maxRedirects: 0 });
      expect(response.status(), email.slice(0, 40)).toBeLessThan(500);
    }
  });
});
