import { expect, test } from "@playwright/test";
import { ADMIN_EMAIL, EDITOR_EMAIL, resetStaff, signInAs, STAFF_PASSWORD, withDatabase } from "./helpers/staff";

test.describe("hostile requests", () => {
  test.beforeAll(resetStaff);

  test("a client's own X-Forwarded-For does not give it a fresh rate-limit bucket", async ({ request }) => {
    await withDatabase((db) => db.query(`DELETE FROM rate_limit_bucket WHERE key LIKE 'api:%'`));
    for (const spoofed of ["203.0.113.1", "203.0.113.2", "203.0.113.3"]) {
      const response = await request.get("/api/v1/marketplaces?limit=1", { headers: { "X-Forwarded-For": spoofed } });
      expect(response.status()).toBe(200);
    }
    const { rows } = await withDatabase((db) => db.query<{ key: string; count: number }>(`SELECT key, count FROM rate_limit_bucket WHERE key LIKE 'api:%'`));
    expect(rows).toEqual([{ key: "api:127.0.0.1", count: 3 }]);
  });

  test("signing out revokes the session: a copied session cookie no longer opens staff pages", async ({ page, browser }) => {
    await signInAs(page, ADMIN_EMAIL, "/en/admin/users");
    const copied = await page.context().cookies();
    await page.getByRole("button", { name: "Sign out" }).click();
    await page.waitForURL(/\/en$/);
    const thief = await browser.newContext();
    await thief.addCookies(copied);
    const stolen = await thief.newPage();
    await stolen.goto("/en/admin/users");
    await expect(stolen).toHaveURL(/\/en\/sign-in\?callbackUrl=/);
    await thief.close();
  });

  test("sign-in never follows a callback to another host", async ({ page }) => {
    for (const callback of ["/\\evil.example", "//evil.example", "/%2F%2Fevil.example", "https://evil.example/"]) {
      await page.context().clearCookies();
      await page.goto(`/en/sign-in?callbackUrl=${encodeURIComponent(callback)}`);
      await page.getByLabel("Email").fill(EDITOR_EMAIL);
      await page.getByLabel("Password").fill(STAFF_PASSWORD);
      await page.getByRole("button", { name: "Sign in" }).click();
      await page.waitForURL(/\/en\/admin$/);
      expect(page.url()).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/en\/admin$/);
    }
  });
});

test.describe("headers and bounds", () => {
  test("a malformed percent-encoding in a path is a 400, never a 500", async ({ request }) => {
    for (const path of ["/en/explorer/country/%C3%28", "/api/explorer/marketplace/%C3%28", "/api/v1/%E0%A4%A"]) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(400);
    }
  });

  test("pages carry a CSP whose script nonce is on every script, and run without a CSP violation", async ({ page }) => {
    const violations: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    const response = await page.goto("/en/explorer");
    const headers = response!.headers();
    const nonce = /'nonce-([^']+)'/.exec(headers["content-security-policy"] ?? "")?.[1];
    expect(nonce).toBeTruthy();
    expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(headers["content-security-policy"]).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(headers["permissions-policy"]).toContain("camera=()");
    expect(headers["strict-transport-security"]).toBeUndefined(); // served over plain http here
    // Every script the server writes into the page carries the nonce; chunks those scripts load
    // later (charts through next/dynamic) are allowed by 'strict-dynamic' and need none.
    const html = await response!.text();
    const scriptNonces = [...html.matchAll(/<script\b[^>]*>/g)].map((tag) => /\snonce="([^"]*)"/.exec(tag[0])?.[1] ?? "");
    expect(scriptNonces.length).toBeGreaterThan(0);
    expect(new Set(scriptNonces)).toEqual(new Set([nonce]));
    // A client component works: the chart is drawn.
    await expect(page.locator(".recharts-surface").first()).toBeVisible();
    await page.goto("/en/explorer/compare?countries=chl,jpn");
    await expect(page.locator(".recharts-surface").first()).toBeVisible();
    expect(violations).toEqual([]);
  });

  test("a public form post over 64 KB is refused with 413 before it is read", async ({ request }) => {
    const response = await request.post("/en/regulations/suggest/1", {
      headers: { "Next-Action": "0".repeat(40), "Content-Type": "text/plain;charset=UTF-8" },
      data: "x".repeat(70 * 1024),
    });
    expect(response.status()).toBe(413);
  });
});
