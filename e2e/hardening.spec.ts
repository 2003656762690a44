import { expect, test } from "@playwright/test";
import { EDITOR_EMAIL, resetStaff, STAFF_PASSWORD, withDatabase } from "./helpers/staff";

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
