import { expect, test } from "@playwright/test";
import { EDITOR_EMAIL, resetStaff, signInAs, withDatabase } from "@/e2e/helpers/staff";

/**
 * Singapore's entry for the UN Electronic Communications Convention (P12.8) is
 * imported from public sources, not verified. An editor verifies it from the
 * queue; the public profile then says so. The entry is put back afterwards.
 */
let entry: { id: number; version: number; verification: string; verified_on: Date | null; verified_by: string | null; verified_by_id: number | null };

test.describe("verification by the secretariat", () => {
  test.beforeAll(async () => {
    await resetStaff();
    entry = await withDatabase(async (db) => {
      await db.query(`UPDATE app_user SET name = 'E2E Checker' WHERE email = $1`, [EDITOR_EMAIL]);
      const { rows } = await db.query(
        `SELECT e.id, e.version, e.verification::text AS verification, e.verified_on, e.verified_by, e.verified_by_id
           FROM regulation_entry e JOIN regulation_indicator i ON i.id = e.indicator_id
          WHERE e.country_iso3 = 'SGP' AND i.code = 'P12.8'`,
      );
      if (!rows[0]) throw new Error("the test database has no SGP P12.8 entry");
      await db.query(`UPDATE regulation_entry SET verification = 'UNVERIFIED', verified_on = NULL, verified_by = NULL, verified_by_id = NULL WHERE id = $1`, [rows[0].id]);
      return rows[0];
    });
  });

  test.afterAll(async () => {
    await withDatabase(async (db) => {
      await db.query(
        `UPDATE regulation_entry SET verification = $2::"VerificationState", verified_on = $3, verified_by = $4, verified_by_id = $5, version = $6 WHERE id = $1`,
        [entry.id, entry.verification, entry.verified_on, entry.verified_by, entry.verified_by_id, entry.version],
      );
      await db.query(`UPDATE app_user SET name = NULL WHERE email = $1`, [EDITOR_EMAIL]);
    });
  });

  test("the public profile shows an imported entry as sourced, not verified, with a readable citation", async ({ page }) => {
    await page.goto("/en/regulations/economy/sgp");
    const item = page.locator("li.regulation-entry").filter({ hasText: "P12.8" });
    await expect(item).toContainText("Sourced, not yet verified by the secretariat");
    await expect(item.locator(".citations a").first()).toHaveAttribute("href", /^https?:\/\//);
    await expect(item.locator(".citations")).not.toContainText(/@[0-9a-f]{7,}/);
  });

  test("an editor verifies the entry from the queue, and the public page then shows it verified", async ({ page, browser }) => {
    await signInAs(page, EDITOR_EMAIL, "/en/admin/verify?indicator=P12.8");
    await expect(page.getByRole("heading", { name: "To verify", level: 1 })).toBeVisible();
    const item = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: /^Singapore — P12\.8/ }) });
    await expect(item.locator(".citations a").first()).toBeVisible();
    await item.getByRole("button", { name: /^Verify: Singapore/ }).click();
    await expect(item.getByRole("status")).toHaveText("Verified. It now shows as verified on the public pages.");

    const visitor = await browser.newPage();
    await visitor.goto("/en/regulations/economy/sgp");
    const today = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeZone: "UTC" }).format(new Date());
    await expect(visitor.locator("li.regulation-entry").filter({ hasText: "P12.8" })).toContainText(`Verified by E2E Checker on ${today}`);
    await visitor.close();

    const audit = await withDatabase(async (db) => (await db.query(`SELECT action FROM audit_event WHERE entity_type = 'regulation_entry' AND entity_id = $1 ORDER BY id DESC LIMIT 1`, [String(entry.id)])).rows[0]);
    expect(audit).toEqual({ action: "verify" });
  });

  test("a dispute needs a note, and says so beside the field", async ({ page }) => {
    await signInAs(page, EDITOR_EMAIL, "/en/admin/verify?tab=policies");
    const first = page.locator(".verify-queue__item").first();
    await first.locator("summary", { hasText: "Dispute" }).click();
    await first.getByRole("button", { name: /^Dispute: / }).click();
    await expect(first.getByText("Say what is wrong: a dispute needs a note.")).toBeVisible();
  });
});

test("no public page cites a repository path or a commit hash as a source", async ({ request }) => {
  const pages = ["/en/explorer/country/chl", "/en/explorer/determinants", "/en/regulations/economy/sgp", "/es/regulations/economy/bra", "/en/policies/gaps", "/en/downloads"];
  for (const path of pages) {
    const html = await (await request.get(path)).text();
    expect(html, path).not.toMatch(/@[0-9a-f]{10,}|github\.com\/[^"]*\.csv|Figure-Friday|DataVizFinal/);
  }
});
