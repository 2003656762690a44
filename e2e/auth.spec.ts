import { expect, test, type Page } from "@playwright/test";
import { ADMIN_EMAIL, EDITOR_EMAIL, resetStaff, STAFF_PASSWORD, withDatabase } from "@/e2e/helpers/staff";

async function signIn(page: Page, email: string, password: string) {
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

test.describe("sign-in and roles", () => {
  test.beforeAll(resetStaff);

  test("sends a visitor of a staff page to sign in, and back after signing in", async ({ page }) => {
    await page.goto("/en/admin/users");
    await expect(page).toHaveURL(/\/en\/sign-in\?callbackUrl=%2Fen%2Fadmin%2Fusers/);
    await signIn(page, ADMIN_EMAIL, STAFF_PASSWORD);
    await expect(page).toHaveURL(/\/en\/admin\/users$/);
    await expect(page.getByRole("heading", { name: "Users", level: 1 })).toBeVisible();
  });

  test("refuses a wrong password with a neutral message, the same as for an unknown email", async ({ page }) => {
    await page.goto("/en/sign-in");
    await signIn(page, EDITOR_EMAIL, "not the password");
    const alert = page.getByRole("main").getByRole("alert");
    await expect(alert).toHaveText("The email or password is not correct, or the account is not active.");
    await signIn(page, "nobody-here@example.org", STAFF_PASSWORD);
    await expect(alert).toHaveText("The email or password is not correct, or the account is not active.");
    await expect(page).toHaveURL(/\/en\/sign-in/);
  });

  test("shows an editor the staff area but not the user administration", async ({ page }) => {
    await page.goto("/en/sign-in");
    await signIn(page, EDITOR_EMAIL, STAFF_PASSWORD);
    await expect(page.getByRole("heading", { name: "Staff area" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Users" })).toHaveCount(0);
    await page.goto("/en/admin/users");
    await expect(page.getByRole("heading", { name: "Not allowed" })).toBeVisible();
    await expect(page.getByRole("table")).toHaveCount(0);
  });

  test("lets an admin create an account whose one-time password works, and deactivate it", async ({ page, browser }) => {
    const email = `new-${Date.now()}@example.org`;
    await page.goto("/en/sign-in?callbackUrl=/en/admin/users");
    await signIn(page, ADMIN_EMAIL, STAFF_PASSWORD);
    await expect(page.getByRole("heading", { name: "Users", level: 1 })).toBeVisible();

    await page.getByLabel("Email").fill("not an email");
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.getByText("Enter a valid email address.")).toBeVisible();
    await expect(page.getByLabel("Email")).toBeFocused();
    await expect(page.getByLabel("Email")).toHaveValue("not an email"); // the input is kept

    // A name over 200 characters is refused at its field, not cut or dropped.
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Name", { exact: true }).fill("n".repeat(201));
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.getByText("A name has at most 200 characters.")).toBeVisible();
    await expect(page.getByLabel("Name", { exact: true })).toBeFocused();
    await page.getByLabel("Name", { exact: true }).fill("");

    await page.getByRole("button", { name: "Create account" }).click();
    const status = page.getByRole("status");
    await expect(status).toContainText(`Account ${email} created.`);
    const password = (await status.locator("code").innerText()).trim();
    await expect(page.getByRole("row", { name: new RegExp(email) })).toContainText("Editor");

    // The new account signs in, in a separate browser context.
    const other = await browser.newContext();
    const second = await other.newPage();
    await second.goto("/en/sign-in");
    await signIn(second, email, password);
    await expect(second.getByRole("heading", { name: "Staff area" })).toBeVisible();

    await page.getByRole("row", { name: new RegExp(email) }).getByRole("button", { name: "Deactivate" }).click();
    await expect(page.getByRole("row", { name: new RegExp(email) })).toContainText("Deactivated");
    // Deactivation takes effect at once, whatever the session says.
    await second.goto("/en/admin");
    await expect(second).toHaveURL(/\/en\/sign-in/);
    await other.close();

    const audit = await withDatabase((db) =>
      db.query(`SELECT action FROM audit_event a JOIN app_user u ON a.entity_id = u.id::text WHERE a.entity_type = 'user' AND u.email = $1 ORDER BY a.id`, [email]),
    );
    expect(audit.rows.map((r) => r.action)).toEqual(["create", "deactivate"]);
  });
});
