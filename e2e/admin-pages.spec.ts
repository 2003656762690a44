/**
 * The page half of the authorization matrix (the action half is
 * tests/integration/authorization.test.ts): every staff page, found on disk,
 * sends a visitor to sign in, and shows "Not allowed" to an editor when it
 * needs an admin.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { EDITOR_EMAIL, resetStaff, STAFF_PASSWORD } from "@/e2e/helpers/staff";

const ADMIN_DIR = path.join("app", "[locale]", "(admin)", "admin");

function staffPages(dir = ADMIN_DIR): Array<{ url: string; role: "ADMIN" | "EDITOR" }> {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return staffPages(file);
    if (name !== "page.tsx") return [];
    const role = /requirePageRole\(\s*"(ADMIN|EDITOR)"/.exec(readFileSync(file, "utf8"))?.[1];
    if (!role) throw new Error(`${file} does not guard itself with requirePageRole`);
    const route = path.relative(ADMIN_DIR, dir).split(path.sep).filter(Boolean);
    // Dynamic segments get a plausible value: the guard runs before any lookup.
    const url = ["/en/admin", ...route.map((s) => (s.startsWith("[") ? "1" : s))].join("/");
    return [{ url, role: role as "ADMIN" | "EDITOR" }];
  });
}

const PAGES = staffPages();

test.describe("staff pages refuse who may not see them", () => {
  test.beforeAll(resetStaff);

  test("finds the staff pages", () => {
    expect(PAGES.map((p) => p.url)).toEqual(expect.arrayContaining(["/en/admin", "/en/admin/users", "/en/admin/policies"]));
  });

  test("sends a visitor of every staff page to sign in", async ({ page }) => {
    for (const { url } of PAGES) {
      await page.goto(url);
      await expect(page, url).toHaveURL(new RegExp(`/en/sign-in\\?callbackUrl=${encodeURIComponent(url).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`));
    }
  });

  test("shows an editor 'Not allowed' on every admin-only page", async ({ page }) => {
    await page.goto("/en/sign-in?callbackUrl=%2Fen%2Fadmin");
    await page.getByLabel("Email").fill(EDITOR_EMAIL);
    await page.getByLabel("Password").fill(STAFF_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("heading", { name: "Staff area" })).toBeVisible();
    const adminOnly = PAGES.filter((p) => p.role === "ADMIN");
    expect(adminOnly.length).toBeGreaterThan(0);
    for (const { url } of adminOnly) {
      await page.goto(url);
      await expect(page.getByRole("heading", { name: "Not allowed" }), url).toBeVisible();
      await expect(page.getByRole("table"), url).toHaveCount(0);
      await expect(page.getByRole("main").locator("form"), url).toHaveCount(0);
    }
  });
});
