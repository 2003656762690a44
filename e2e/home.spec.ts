import { expect, test } from "@playwright/test";

test.describe("home page", () => {
  test("lists the 36 member countries by region, with data from the database @phone", async ({ page }, testInfo) => {
    await page.goto("/en");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("cross-border e-commerce");

    const eastAsia = page.getByRole("table", { name: /in East Asia/ });
    const latinAmerica = page.getByRole("table", { name: /in Latin America/ });
    await expect(eastAsia.getByRole("rowheader")).toHaveCount(16);
    await expect(latinAmerica.getByRole("rowheader")).toHaveCount(20);
    await expect(eastAsia.getByRole("rowheader", { name: "Viet Nam" })).toBeVisible();
    await expect(latinAmerica.getByRole("rowheader", { name: "Chile" })).toBeVisible();

    // Marketplace counts come from the seeded database: every member has at least one.
    const counts = await page.getByRole("table").locator("tbody td.numeric").allInnerTexts();
    expect(counts).toHaveLength(36);
    expect(counts.every((c) => Number(c.replace(/\D/g, "")) >= 1)).toBe(true);

    await expect(page.getByRole("note").filter({ hasText: "Demonstration data" })).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath("home.png"), fullPage: true });
  });

  test("is translated into Spanish, keeping the page", async ({ page }) => {
    await page.goto("/en");
    await page.getByRole("navigation", { name: "Language" }).getByRole("link", { name: "Español" }).click();
    await expect(page).toHaveURL(/\/es$/);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("comercio electrónico transfronterizo");
    await expect(page.getByRole("table", { name: /en Asia del Este/ }).getByRole("rowheader", { name: "Japón" })).toBeVisible();
    await expect(page.getByRole("note").filter({ hasText: "Datos de demostración" })).toBeVisible();
  });

  test("redirects the bare address to English and links every section", async ({ page }) => {
    await page.goto("/");
    await expect(page).toHaveURL(/\/en$/);
    const nav = page.getByRole("navigation", { name: "Main navigation" });
    for (const name of ["Marketplace Explorer", "Regulations", "MSME Policies", "Downloads", "Sign in"]) {
      await expect(nav.getByRole("link", { name })).toBeVisible();
    }
    await nav.getByRole("link", { name: "Regulations" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Regulation database" })).toBeVisible();
    await expect(nav.getByRole("link", { name: "Regulations" })).toHaveAttribute("aria-current", "page");
  });

  test("answers an unknown address with a translated not-found page", async ({ page }) => {
    const response = await page.goto("/es/no-such-page");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Página no encontrada" })).toBeVisible();
  });
});
