import { expect, test } from "@playwright/test";
import { ADMIN_EMAIL, EDITOR_EMAIL, resetStaff, STAFF_PASSWORD, withDatabase } from "@/e2e/helpers/staff";

const RUN = Date.now().toString(36);
const FIRST = `Export vouchers ${RUN}`;
const SECOND = `Trade vouchers ${RUN}`;

test.describe("policy vocabularies", () => {
  test.beforeAll(resetStaff);
  test.afterAll(async () => {
    await withDatabase((db) => db.query(`DELETE FROM instrument_type WHERE name_en LIKE $1`, [`%vouchers ${RUN}%`]));
  });

  test("an admin adds terms, is told when a name exists, and merges one into another", async ({ page }, testInfo) => {
    await page.goto(`/en/sign-in?callbackUrl=${encodeURIComponent("/en/admin/vocabularies")}`);
    await page.getByLabel("Email").fill(ADMIN_EMAIL);
    await page.getByLabel("Password").fill(STAFF_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Policy vocabularies" })).toBeVisible();

    const section = page.getByRole("region", { name: "Instrument types" });
    const training = section.getByRole("row", { name: /^Training and capacity building/ });
    await expect(training.getByRole("cell").nth(1)).toHaveText(/^\d+ \(\d+ published\)$/);

    const add = section.locator("form").last();
    await add.getByLabel("English name").fill(FIRST);
    await add.getByLabel("Spanish name").fill(`Vales de exportación ${RUN}`);
    await add.getByRole("button", { name: "Add term" }).click();
    await expect(section.getByRole("row", { name: new RegExp(`^${FIRST}`) })).toBeVisible();

    // A name that exists is refused at its field, and what was typed stays.
    await add.getByLabel("English name").fill(FIRST.toUpperCase());
    await add.getByLabel("Spanish name").fill(`Bonos comerciales ${RUN}`);
    await add.getByRole("button", { name: "Add term" }).click();
    await expect(add.getByText("A term with this name already exists: merge into it instead.")).toBeVisible();
    await expect(add.getByLabel("English name")).toBeFocused();
    await expect(add.getByLabel("Spanish name")).toHaveValue(`Bonos comerciales ${RUN}`);

    await add.getByLabel("English name").fill(SECOND);
    await add.getByRole("button", { name: "Add term" }).click();
    const second = section.getByRole("row", { name: new RegExp(`^${SECOND}`) });
    await expect(second).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath("vocabularies.png"), fullPage: true });

    // A tampered hidden id is named in the form, not silently ignored.
    await add.locator('input[name="id"]').evaluate((input) => ((input as HTMLInputElement).value = "99999999999"));
    await add.getByLabel("English name").fill(`Tampered vouchers ${RUN}`);
    await add.getByLabel("Spanish name").fill(`Vales alterados ${RUN}`);
    await add.getByRole("button", { name: "Add term" }).click();
    await expect(add.getByText("The term this form refers to is not valid: reload the page and try again.")).toBeVisible();
    await expect(section.getByRole("row", { name: new RegExp(`^Tampered vouchers ${RUN}`) })).toHaveCount(0);

    await second.getByText("Merge into…").click();
    await second.getByLabel(`Merge “${SECOND}” into`).selectOption({ label: FIRST });
    await second.getByRole("button", { name: `Merge and remove “${SECOND}”` }).click();
    await expect(second).toHaveCount(0);
    await expect(page.getByRole("region", { name: "Recent changes" })).toContainText(`merged “${SECOND}” into “${FIRST}” (no policy moved)`);
    const left = await withDatabase((db) => db.query(`SELECT name_en FROM instrument_type WHERE name_en LIKE $1`, [`%vouchers ${RUN}%`]));
    expect(left.rows).toEqual([{ name_en: FIRST }]);
  });

  test("an editor cannot reach the vocabularies", async ({ page }) => {
    await page.goto(`/en/sign-in?callbackUrl=${encodeURIComponent("/en/admin")}`);
    await page.getByLabel("Email").fill(EDITOR_EMAIL);
    await page.getByLabel("Password").fill(STAFF_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("heading", { name: "Staff area" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Policy vocabularies" })).toHaveCount(0);
    await page.goto("/en/admin/vocabularies");
    await expect(page.getByRole("heading", { name: "Not allowed" })).toBeVisible();
    await expect(page.getByRole("table")).toHaveCount(0);
  });
});
