import { expect, test, type Page } from "@playwright/test";
import { EDITOR_EMAIL, resetStaff, signInAs, withDatabase } from "@/e2e/helpers/staff";

const signInAsEditor = (page: Page, callbackUrl: string) => signInAs(page, EDITOR_EMAIL, callbackUrl);
const MARK = `E2E ${Date.now()}`;

/**
 * The seeded database has an entry for every economy × indicator. The tests
 * edit one field of one entry that is not searched ("last amended") and put it
 * back afterwards, and remove the suggestions they sent.
 */
let entry: { id: number; last_amended_year: number | null; version: number; economy: string };

test.describe("regulation entries: staff editing and public suggestions", () => {
  test.beforeAll(async () => {
    await resetStaff();
    entry = await withDatabase(async (db) => {
      await db.query(`DELETE FROM rate_limit_bucket WHERE key LIKE 'suggest:%'`);
      const { rows } = await db.query(
        `SELECT e.id, e.last_amended_year, e.version, c.name_en AS economy FROM regulation_entry e JOIN country c ON c.iso3 = e.country_iso3 ORDER BY e.id DESC LIMIT 1`,
      );
      if (!rows[0]) throw new Error("the test database has no regulation entries");
      return rows[0];
    });
  });

  test.afterAll(async () => {
    await withDatabase(async (db) => {
      await db.query(`UPDATE regulation_entry SET last_amended_year = $2 WHERE id = $1`, [entry.id, entry.last_amended_year]);
      await db.query(`DELETE FROM regulation_suggestion WHERE message LIKE $1`, [`${MARK}%`]);
    });
  });

  test("sends a visitor of the staff list to sign in", async ({ page }) => {
    await page.goto("/en/admin/regulations");
    await expect(page).toHaveURL(/\/en\/sign-in\?callbackUrl=%2Fen%2Fadmin%2Fregulations$/);
  });

  test("an editor fixes an invalid field, saves, and finds the change in the entry's history", async ({ page }) => {
    await signInAsEditor(page, `/en/admin/regulations/entries/${entry.id}`);
    await expect(page.getByRole("heading", { name: "Edit regulation entry" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Scoring rule for this indicator" })).toBeVisible();
    const amended = page.getByLabel("Last amended (year)");
    await amended.fill("1999");
    await page.getByLabel("Instrument year").fill(String(new Date().getFullYear() + 5));
    await page.getByRole("button", { name: "Save entry", exact: true }).click();

    await expect(page.getByText("Nothing was saved: correct the fields marked below.")).toBeVisible();
    await expect(page.getByText("This year is in the future.")).toBeVisible();
    await expect(page.getByLabel("Instrument year")).toBeFocused();
    await expect(amended).toHaveValue("1999"); // input kept

    await page.getByLabel("Instrument year").fill("");
    await page.getByRole("button", { name: "Save entry", exact: true }).click();
    await expect(page.getByText(/Saved\. The entry is now at version \d+\./)).toBeVisible();

    await page.getByRole("link", { name: "History" }).click();
    await expect(page.getByRole("heading", { name: "History of a regulation entry" })).toBeVisible();
    const latest = page.locator("section.card").first();
    await expect(latest.getByRole("heading")).toContainText(`by ${EDITOR_EMAIL}`);
    await expect(latest.getByRole("row", { name: /Last amended/ })).toContainText("1999");
  });

  test("a visitor suggests a correction without an account, and an editor sees it for review", async ({ page, browser }) => {
    await page.goto(`/en/regulations/suggest/${entry.id}`);
    await expect(page.getByRole("heading", { name: "Suggest a correction" })).toBeVisible();
    await expect(page.getByText(entry.economy).first()).toBeVisible();
    // The honeypot is off screen and hidden from assistive technology.
    await expect(page.getByRole("textbox", { name: "Leave this field empty" })).toHaveCount(0);
    expect((await page.locator("#website").boundingBox())?.x ?? -1).toBeLessThan(0);

    await page.getByRole("button", { name: "Send suggestion" }).click();
    await expect(page.getByText("Write at least 10 characters.")).toBeVisible();
    await expect(page.getByLabel("Your suggestion")).toBeFocused();

    const message = `${MARK} The law was amended in 2023; see the official gazette.`;
    await page.getByLabel("Your suggestion").fill(message);
    await page.getByLabel("Your email (optional)").fill("reader@example.org");
    await page.getByRole("button", { name: "Send suggestion" }).click();
    await expect(page.getByText(/Thank you: your suggestion has been received/)).toBeVisible();

    const staff = await browser.newPage();
    await signInAsEditor(staff, "/en/admin/regulations/suggestions");
    const item = staff.getByRole("listitem").filter({ hasText: message });
    await expect(item).toBeVisible();
    await expect(item.getByRole("heading").getByRole("link")).toHaveAttribute("href", `/en/admin/regulations/entries/${entry.id}`);
    await expect(staff.getByText("accepting does not change the entry")).toBeVisible();
    await staff.close();
  });
});
