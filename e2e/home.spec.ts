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

  test("leads with headline charts, each with its finding, source and a link to the full view @phone", async ({ page }) => {
    await page.goto("/en");
    const charts = page.getByRole("region", { name: "Headline charts" });

    const traffic = charts.getByRole("region", { name: "Marketplace traffic by region, per year" });
    const trafficChart = traffic.getByRole("group", { name: /^Line chart of yearly visits/ });
    await expect(trafficChart).toBeVisible();
    const trafficSentence = (await traffic.locator(".chart-summary").textContent())!;
    expect(trafficSentence).toMatch(/^Visits to marketplaces in East Asia .+ and in Latin America .+ from (\d{4}) to (?!\1)\d{4} \(demonstration data\)\.$/);
    await expect(trafficChart).toHaveAccessibleDescription(trafficSentence);
    await expect(traffic.getByText(/^Source: .+ — demonstration data\.$/)).toBeVisible();
    await expect(traffic.getByRole("list", { name: "Legend" }).getByRole("listitem")).toHaveText(["East Asia", "Latin America"]);

    const corridors = charts.getByRole("region", { name: /^Largest corridors, \d{4}$/ });
    const corridorChart = corridors.getByRole("group", { name: /^Horizontal bar chart of the 5 largest corridors between East Asia and Latin America/ });
    const corridorSentence = (await corridors.locator(".chart-summary").textContent())!;
    expect(corridorSentence).toMatch(/^The largest corridor in \d{4} is .+ → .+, with [\d,]+ visits, \d+% of the visits in the 5 corridors shown \(demonstration data\)\.$/);
    await expect(corridorChart).toHaveAccessibleDescription(corridorSentence);

    const coverage = charts.getByRole("region", { name: "Regulation and policy coverage" });
    const coverageSentence = (await coverage.locator(".chart-summary").textContent())!;
    expect(coverageSentence).toMatch(/^Of the 36 member economies, (none has|\d+ ha(s|ve)) regulation entries with data and (none has|\d+ ha(s|ve)) published MSME policy measures\.$/);
    await expect(coverage.getByRole("group", { name: /member economies with regulation entries/ })).toHaveAccessibleDescription(coverageSentence);
    // Charts come before the counts.
    const headings = await page.getByRole("heading", { level: 2 }).allInnerTexts();
    expect(headings.indexOf("Headline charts")).toBeLessThan(headings.indexOf("The portal at a glance"));

    // Each chart links to its full view.
    await traffic.getByRole("link", { name: "Explore marketplace traffic" }).click();
    await expect(page).toHaveURL(/\/en\/explorer\?granularity=year$/);
    await page.goBack();
    await charts.getByRole("link", { name: "See every corridor" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Corridor view: who visits whom");
    await page.goBack();
    await charts.getByRole("link", { name: "See the regulation coverage" }).click();
    await expect(page).toHaveURL(/\/en\/regulations\/coverage$/);
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
