/**
 * Staff and focal-point accounts for browser tests, written straight into the test database
 * (DATABASE_URL, provided by `npm test`). Each run resets their passwords and
 * the sign-in rate-limit counters, so runs do not depend on earlier ones.
 */
import type { Page } from "@playwright/test";
import bcrypt from "bcryptjs";
import pg from "pg";

export const STAFF_PASSWORD = "e2e password, long enough";
export const EDITOR_EMAIL = "e2e-editor@example.org";
export const ADMIN_EMAIL = "e2e-admin@example.org";
/** A member government's focal point, for Chile. */
export const FOCAL_EMAIL = "e2e-focal@example.gob.cl";
export const FOCAL_ECONOMY = "CHL";

export async function withDatabase<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export async function resetStaff(): Promise<void> {
  const hash = await bcrypt.hash(STAFF_PASSWORD, 4); // a low cost is fine for throwaway test accounts
  await withDatabase(async (db) => {
    for (const [email, role, economy] of [[EDITOR_EMAIL, "EDITOR", null], [ADMIN_EMAIL, "ADMIN", null], [FOCAL_EMAIL, "FOCAL_POINT", FOCAL_ECONOMY]]) {
      await db.query(
        `INSERT INTO app_user (email, password_hash, role, economy_iso3, active) VALUES ($1, $2, $3::"Role", $4, true)
         ON CONFLICT (email) DO UPDATE SET password_hash = excluded.password_hash, role = excluded.role, economy_iso3 = excluded.economy_iso3, active = true`,
        [email, hash, role, economy],
      );
    }
    await db.query(`DELETE FROM rate_limit_bucket WHERE key LIKE 'sign-in:%'`);
  });
}

/** Signs in through the form and waits for the page it was sent to. */
export async function signInAs(page: Page, email: string, callbackUrl: string): Promise<void> {
  await page.goto(`/en/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(STAFF_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL(new RegExp(callbackUrl.replace(/[/?]/g, "\\$&")));
}
