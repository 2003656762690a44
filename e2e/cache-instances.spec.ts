/**
 * Cached public pages (whole pages, lib/core/cache/pages.ts, and the data
 * under them) are never stale after a staff edit: on the instance that saved,
 * the next request shows the edit; on a second instance serving the same
 * database (started here), it shows within seconds, told by PostgreSQL
 * LISTEN/NOTIFY (lib/core/cache/listen.ts).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { expect, test } from "@playwright/test";
import { EDITOR_EMAIL, resetStaff, signInAs, withDatabase } from "@/e2e/helpers/staff";

const SECOND_PORT = Number(process.env.E2E_PORT ?? 3100) + 1;
const SECOND = `http://127.0.0.1:${SECOND_PORT}`;
let second: ChildProcess;

async function answered(url: string): Promise<boolean> {
  try {
    return (await fetch(url)).ok;
  } catch {
    return false;
  }
}

test.describe("two instances on one database", () => {
  test.beforeAll(async () => {
    test.setTimeout(150_000);
    await resetStaff();
    second = spawn("node_modules/.bin/tsx", ["scripts/serve.ts"], {
      env: { ...process.env, PORT: String(SECOND_PORT), HOST: "127.0.0.1", NEXTAUTH_URL: SECOND },
      stdio: "ignore",
    });
    await expect.poll(() => answered(`${SECOND}/en`), { timeout: 120_000, intervals: [500] }).toBe(true);
  });

  test.afterAll(async () => {
    if (second.exitCode === null) {
      const exited = new Promise((resolve) => second.once("exit", resolve));
      second.kill("SIGTERM");
      await exited;
    }
  });

  test("an edit saved on one instance shows at once there and within 5 seconds on the other", async ({ page, request, baseURL }) => {
    const { id, agency } = await withDatabase(async (db) => {
      const { rows } = await db.query<{ id: number; agency: string | null }>("SELECT id, agency FROM policy WHERE workflow_state = 'PUBLISHED' ORDER BY id DESC LIMIT 1");
      return rows[0];
    });
    const publicPath = `/en/policies/${id}`;
    const body = async (base: string) => (await request.get(`${base}${publicPath}`)).text();
    // Both instances have the whole page cached. The first answer sets the language cookie, and a request
    // with the cookie is a page of its own (lib/core/cache/pages.ts), so the third request is the one replayed.
    for (const base of [baseURL!, SECOND]) {
      await body(base);
      await body(base);
      const again = await request.get(`${base}${publicPath}`);
      expect(again.headers()["x-page-cache"], base).toBe("hit");
    }

    const renamed = `Agency renamed ${Date.now()}`;
    try {
      await signInAs(page, EDITOR_EMAIL, `/en/admin/policies/${id}`);
      await page.getByLabel("Implementing agency").fill(renamed);
      await page.getByRole("button", { name: "Save", exact: true }).click();
      await expect(page.getByText(/Saved \(version \d+\)\./)).toBeVisible();

      expect(await body(baseURL!)).toContain(renamed);
      await expect.poll(() => body(SECOND), { timeout: 5000, intervals: [100] }).toContain(renamed);
    } finally {
      await withDatabase((db) => db.query("UPDATE policy SET agency = $2, version = version + 1 WHERE id = $1", [id, agency]));
    }
    // The restore above went straight to the database: both instances hear of it through the trigger.
    for (const base of [baseURL!, SECOND]) {
      await expect.poll(() => body(base), { timeout: 5000, intervals: [100] }).not.toContain(renamed);
    }
  });
});
