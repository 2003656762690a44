import { expect, test } from "@playwright/test";
import { withDatabase } from "@/e2e/helpers/staff";

/**
 * The public regulation database, on entries this file writes into the test
 * database (and sets back to "no data" afterwards): Bolivia and Suriname get
 * scores on the three indicators of pillar P02, so that they share enough
 * scored indicators (3) for the similarity matrix to show their distance.
 *   BOL: 0, 0.5, 1   SUR: 0, 0, 1   → P02 scores 0.50 / 0.33, distance 0.17, overlap 3
 */
const CELLS = [
  { iso3: "BOL", code: "P02.1", status: "IN_FORCE", score: 0 },
  { iso3: "BOL", code: "P02.2", status: "PARTIAL", score: 0.5 },
  { iso3: "BOL", code: "P02.3", status: "NONE", score: 1 },
  { iso3: "SUR", code: "P02.1", status: "IN_FORCE", score: 0 },
  { iso3: "SUR", code: "P02.2", status: "IN_FORCE", score: 0 },
  { iso3: "SUR", code: "P02.3", status: "NONE", score: 1 },
];

async function setCells(reset: boolean): Promise<void> {
  await withDatabase(async (db) => {
    for (const c of CELLS) {
      await db.query(
        `INSERT INTO regulation_entry (country_iso3, indicator_id, status, score, description, updated_at)
         SELECT $1, id, $3::"RegulationStatus", $4, $5, now() FROM regulation_indicator WHERE code = $2
         ON CONFLICT (country_iso3, indicator_id) DO UPDATE
           SET status = excluded.status, score = excluded.score, description = excluded.description, updated_at = now()`,
        reset ? [c.iso3, c.code, "NO_DATA", null, null] : [c.iso3, c.code, c.status, c.score, `Test entry for ${c.code}.`],
      );
    }
  });
}

test.beforeAll(() => setCells(false));
test.afterAll(() => setCells(true));

test("profile → compare → similarity matrix cell → compare", async ({ page, request }) => {
  await page.goto("/en/regulations/economy/bol");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Regulation profile: Bolivia");
  const scores = page.getByRole("table", { name: "Pillar scores of Bolivia" });
  const p02 = scores.getByRole("row").filter({ hasText: "P02" });
  await expect(p02).toContainText("0.50");
  await expect(p02).toContainText("3 of 3");
  await expect(page.getByText("No data").first()).toBeVisible();
  const suggest = page.getByRole("link", { name: /Suggest a correction: .*Bolivia/ }).first();
  await expect(suggest).toHaveAttribute("href", /\/en\/regulations\/suggest\/\d+$/);

  await page.getByRole("link", { name: "Compare with another economy" }).click();
  await expect(page).toHaveURL(/\/en\/regulations\/compare\?economies=BOL$/);
  await expect(page.getByText("Choose at least two economies to compare.")).toBeVisible();
  await page.getByRole("checkbox", { name: "Suriname" }).check();
  await page.getByRole("button", { name: "Compare" }).click();
  await expect(page).toHaveURL(/\/en\/regulations\/compare\?economies=BOL,SUR$/);
  const indicators = page.getByRole("table", { name: "Indicators of Bolivia, Suriname" });
  await expect(indicators.getByRole("row").filter({ hasText: "P02.2" })).toContainText("Differs");
  await expect(indicators.getByRole("row").filter({ hasText: "P02.1" })).not.toContainText("Differs");

  await page.getByRole("link", { name: "Only differences" }).click();
  await expect(page).toHaveURL(/\/en\/regulations\/compare\?economies=BOL,SUR&diff=only$/);
  await expect(indicators.getByRole("row")).toHaveCount(2); // header + P02.2
  const csv = await request.get("/api/regulations/compare?economies=BOL,SUR&diff=only");
  expect(csv.ok()).toBe(true);
  expect((await csv.text()).trim().split("\r\n")).toHaveLength(3); // header + one row per economy

  await page.goto("/en/regulations/similarity");
  const cell = page.getByRole("link", { name: /^Bolivia – Suriname: distance 0\.17, over 3 shared indicators$/ });
  await expect(cell).toBeVisible();
  await expect(cell).toContainText("0.17");
  await cell.click();
  await expect(page).toHaveURL(/\/en\/regulations\/compare\?economies=BOL,SUR$/);
  await expect(page.getByRole("heading", { level: 2, name: "Indicators of Bolivia, Suriname" })).toBeVisible();
});

test("search finds an entry by its text and filters fall back silently @phone", async ({ page }) => {
  await page.goto("/en/regulations/search?q=test+entry&economy=SUR,XXX&status=bogus");
  await expect(page).toHaveURL(/\/en\/regulations\/search\?q=test\+entry&economy=SUR$/);
  await expect(page.getByText("3 entries match.")).toBeVisible();
  await page.goto("/es/regulations/pillar/p02?region=latin-america");
  await expect(page.getByRole("row").filter({ hasText: "Bolivia" })).toContainText("0,50");
});

test("an entry's indicator code leads to its scoring rule and crosswalk", async ({ page }) => {
  await page.goto("/en/regulations/economy/chl");
  await page.getByRole("link", { name: "P07.1", exact: true }).click();
  await expect(page).toHaveURL(/\/en\/regulations\/indicators#P07\.1$/);
  const row = page.locator("tr#P07\\.1");
  await expect(row).toContainText("Comprehensive data-protection law in force.");
  await expect(row).toContainText("No data-protection law.");
  await expect(row).toContainText("Cyberlaw Tracker: data protection and privacy");
  await page.goto("/es/regulations/indicators");
  await expect(page.locator("tr#P12\\.3")).toContainText("Digital STRI: sistemas de pago electrónico");
});
