import { expect, test, type Page } from "@playwright/test";
import { withDatabase } from "@/e2e/helpers/staff";

/**
 * The what-if simulator and the paths to similarity on the imported
 * regulation entries: a scenario made with the form lands on its canonical
 * URL, the URL alone reproduces the view, the simulated overall score is the
 * one SQL computes with the changes applied, and the paths are reachable
 * from the compare view and the similarity matrix.
 */

/** Chile's overall score with P03.1 set to 0 and P07.1 to 1, computed in SQL from the entries (the method's weighted mean). */
async function simulatedOverall(): Promise<number> {
  return withDatabase(async (db) => {
    const { rows } = await db.query<{ score: number }>(
      `WITH changes(code, score) AS (VALUES ('P03.1', 0::numeric), ('P07.1', 1::numeric)),
            scored AS (
              SELECT i.code, i.weight, s.score FROM regulation_scored_entry s JOIN regulation_indicator i ON i.id = s.indicator_id
               WHERE s.country_iso3 = 'CHL' AND i.code NOT IN (SELECT code FROM changes)
              UNION ALL
              SELECT i.code, i.weight, c.score FROM changes c JOIN regulation_indicator i ON i.code = c.code)
       SELECT (sum(weight * score) / sum(weight))::float8 AS score FROM scored`,
    );
    return rows[0].score;
  });
}

async function visibleFigures(page: Page): Promise<{ summary: string; scores: string }> {
  return {
    summary: (await page.locator(".what-if-summary").textContent()) ?? "",
    scores: (await page.getByRole("table", { name: "Scores of Chile: today and simulated" }).textContent()) ?? "",
  };
}

test("a scenario made with the form has a canonical URL that reproduces the view", async ({ page, browser }) => {
  await page.goto("/en/regulations/what-if");
  await expect(page.getByText("Choose an economy to start from its entries.")).toBeVisible();
  await page.getByLabel("Economy to simulate").selectOption("CHL");
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(/\/en\/regulations\/what-if\?economy=CHL$/);
  await expect(page.getByRole("note").filter({ hasText: "Simulation" })).toContainText("nothing is saved");

  await page.getByLabel("P07.1 — ").selectOption("P07.1:1");
  await page.getByLabel("P03.1 — ").selectOption("P03.1:0");
  await page.getByRole("button", { name: "Simulate" }).click();
  await expect(page).toHaveURL(/\/en\/regulations\/what-if\?economy=CHL&set=P03\.1:0,P07\.1:1$/);
  await expect(page.getByRole("table", { name: "Changes simulated" })).toContainText("P07.1");

  const expected = (await simulatedOverall()).toFixed(2);
  const overall = page.getByRole("table", { name: "Scores of Chile: today and simulated" }).getByRole("row").filter({ hasText: "Overall" });
  await expect(overall.getByRole("cell").nth(1)).toHaveText(expected);
  await expect(page.locator(".what-if-summary")).toContainText(`to ${expected}`);

  const shown = await visibleFigures(page);
  const fresh = await browser.newPage();
  await fresh.goto(page.url());
  expect(await visibleFigures(fresh)).toEqual(shown);
  // The form shows the scenario's choices, so a further change keeps them.
  await expect(fresh.getByLabel("P07.1 — ")).toHaveValue("P07.1:1");
  await fresh.close();

  const csv = await page.request.get(await page.getByRole("link", { name: "Download displayed data (CSV)" }).nth(1).getAttribute("href").then((h) => h!));
  expect(csv.status()).toBe(200);
  expect(await csv.text()).toContain("P03.1:0 P07.1:1");
});

test("the path to similarity is reachable from the compare view and the similarity matrix, and each step opens the simulator", async ({ page }) => {
  await page.goto("/en/regulations/compare?economies=CHL,JPN");
  await page.getByRole("link", { name: "Chile towards Japan" }).click();
  await expect(page).toHaveURL(/\/en\/regulations\/paths\?economy=CHL&to=JPN$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Path to similarity: Chile and Japan");

  await page.goto("/en/regulations/similarity");
  await page.getByLabel("From").selectOption("ARG");
  await page.getByLabel("Towards").selectOption("latin-america");
  await page.getByRole("button", { name: "Show the path" }).click();
  await expect(page).toHaveURL(/\/en\/regulations\/paths\?economy=ARG&to=latin-america$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Path to similarity: Argentina and the members of Latin America");
  await expect(page.getByRole("table", { name: "Members of Latin America the distance is taken over" })).toContainText("Chile");

  const steps = page.getByRole("table", { name: "Indicators to align, largest reduction first" });
  const first = steps.getByRole("row").nth(1);
  const code = ((await first.getByRole("rowheader").textContent()) ?? "").split(" — ")[0];
  await first.getByRole("link").click();
  await expect(page).toHaveURL(new RegExp(`/en/regulations/what-if\\?economy=ARG&set=${code.replace(".", "\\.")}:`));
  await expect(page.getByRole("table", { name: "Changes simulated" })).toContainText(code);
});
