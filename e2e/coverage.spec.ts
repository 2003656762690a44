import { expect, test } from "@playwright/test";

/**
 * The coverage views in both languages, and the overview pages' sentence on
 * how complete the data is, linking to them. (That each coverage table's
 * CSV holds its rows and figures is checked in cards.spec.ts.)
 */
for (const locale of ["en", "es"] as const) {
  test(`${locale}: the regulation coverage matrix has a row per member and a column per pillar`, async ({ page }) => {
    await page.goto(`/${locale}/regulations/coverage`);
    const matrix = page.locator("table.coverage");
    await expect(matrix.locator("tbody tr")).toHaveCount(36);
    // Economy, 13 pillars, the total.
    await expect(matrix.locator("thead th")).toHaveCount(15);
    const chile = matrix.locator("tbody tr", { has: page.getByRole("rowheader", { name: "Chile" }) });
    await expect(chile.locator("td").last()).toHaveAttribute("title", locale === "en" ? /^Chile, All pillars: \d+ of 64 indicators sourced, \d+ verified$/ : /^Chile, Todos los pilares: \d+ de 64 indicadores con fuente, \d+ verificados$/);
    if (locale === "es") await expect(matrix.getByRole("rowheader", { name: "Japón" })).toBeVisible();
  });

  test(`${locale}: the policy coverage tables list every member with its measures`, async ({ page }) => {
    await page.goto(`/${locale}/policies/coverage`);
    const tables = page.locator("table[data-csv]");
    await expect(tables).toHaveCount(2);
    for (const table of await tables.all()) await expect(table.locator("tbody tr")).toHaveCount(36);
    await expect(page.getByTestId("coverage-summary")).toContainText(locale === "en" ? "published measures" : "medidas publicadas");
  });
}

test("the regulation overview, the policy search and the gap analysis say how complete the data is and link to the coverage views", async ({ page }) => {
  for (const [url, target] of [
    ["/en/regulations", "/en/regulations/coverage"],
    ["/en/policies", "/en/policies/coverage"],
    ["/en/policies/gaps", "/en/policies/coverage"],
  ] as const) {
    await page.goto(url);
    const summary = page.getByTestId("coverage-summary");
    await expect(summary).toContainText(/\d+ of 36/);
    await expect(summary.getByRole("link")).toHaveAttribute("href", target);
  }
  await expect(page.getByTestId("gap-review-note")).toContainText(/from public sources|public sources awaiting review/);
});

test("measures from public sources not yet reviewed say so in the search results and on the country page", async ({ page }) => {
  await page.goto("/en/policies");
  await expect(page.locator(".policy-result").filter({ hasText: "From public sources, not yet reviewed by the secretariat" }).first()).toBeVisible();
  // Australia's measures come from the public-source research (prisma/seed-data/policies/policies-research.csv).
  await page.goto("/en/policies/country/aus");
  await expect(page.locator("table[data-csv] tbody tr").filter({ hasText: "From public sources, not yet reviewed by the secretariat" }).first()).toBeVisible();
});
