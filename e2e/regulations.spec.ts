import { expect, test } from "@playwright/test";
import { withDatabase } from "@/e2e/helpers/staff";

/**
 * The public regulation database, on the imported entries plus two cells this
 * file writes into the test database (and puts back afterwards): Bolivia and
 * Suriname get scores on P02.1 and P02.2, beside their imported P02.3 (GPA:
 * not party, 1), so that Bolivia's P02 score is (0 + 0.5 + 1) / 3 = 0.50 and
 * the two differ on P02.2.
 */
const CELLS = [
  { iso3: "BOL", code: "P02.1", status: "IN_FORCE", score: 0 },
  { iso3: "BOL", code: "P02.2", status: "PARTIAL", score: 0.5 },
  { iso3: "SUR", code: "P02.1", status: "IN_FORCE", score: 0 },
  { iso3: "SUR", code: "P02.2", status: "IN_FORCE", score: 0 },
];
type Saved = { iso3: string; code: string; status: string; score: number | null; description: string | null };
let saved: Saved[] = [];

test.beforeAll(async () => {
  await withDatabase(async (db) => {
    for (const c of CELLS) {
      const { rows } = await db.query<Saved>(
        `SELECT e.country_iso3 AS iso3, i.code, e.status::text AS status, e.score::float8 AS score, e.description
           FROM regulation_entry e JOIN regulation_indicator i ON i.id = e.indicator_id WHERE e.country_iso3 = $1 AND i.code = $2`,
        [c.iso3, c.code],
      );
      saved.push(rows[0]);
      await db.query(
        `UPDATE regulation_entry SET status = $3::"RegulationStatus", score = $4, description = $5, updated_at = now()
          WHERE country_iso3 = $1 AND indicator_id = (SELECT id FROM regulation_indicator WHERE code = $2)`,
        [c.iso3, c.code, c.status, c.score, `Test entry for ${c.code}.`],
      );
    }
  });
});

test.afterAll(async () => {
  await withDatabase(async (db) => {
    for (const c of saved) {
      await db.query(
        `UPDATE regulation_entry SET status = $3::"RegulationStatus", score = $4, description = $5
          WHERE country_iso3 = $1 AND indicator_id = (SELECT id FROM regulation_indicator WHERE code = $2)`,
        [c.iso3, c.code, c.status, c.score, c.description],
      );
    }
  });
  saved = [];
});

/** The pair's distance and overlap, computed from the entries as the method states (mean absolute difference over shared scored indicators). */
async function pairFromDatabase(a: string, b: string): Promise<{ distance: number; overlap: number }> {
  return withDatabase(async (db) => {
    const { rows } = await db.query(
      `SELECT avg(abs(x.score - y.score))::float8 AS distance, count(*)::int AS overlap
         FROM regulation_scored_entry x JOIN regulation_scored_entry y ON y.indicator_id = x.indicator_id
        WHERE x.country_iso3 = $1 AND y.country_iso3 = $2`,
      [a, b],
    );
    return rows[0];
  });
}

test("profile → compare → similarity matrix cell → compare", async ({ page, request }) => {
  await page.goto("/en/regulations/economy/bol");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Regulation profile: Bolivia");
  const scores = page.getByRole("table", { name: "Pillar scores of Bolivia" });
  const p02 = scores.getByRole("row").filter({ hasText: "P02" });
  await expect(p02).toContainText("0.50");
  await expect(p02).toContainText("3 of 3");
  // The chart's finding, above it and as its description, names pillars from the scores it draws.
  const summary = (await page.locator(".chart-summary").textContent())!;
  expect(summary).toMatch(/^(Of the \d+ scored pillars, Bolivia is most restrictive in [A-Z][A-Z0-9]+ .+ \(\d\.\d\d\) and most open in [A-Z][A-Z0-9]+ .+ \(\d\.\d\d\)|Bolivia scores \d\.\d\d in all \d+ scored pillars)\.$/);
  await expect(page.getByRole("group", { name: "Pillar scores of Bolivia, 0 (open) to 1 (restrictive)" })).toHaveAccessibleDescription(summary);
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
  const csv = await request.get("/api/regulations/compare?economies=BOL,SUR&diff=only");
  expect(csv.ok()).toBe(true);
  const csvRows = (await csv.text()).trim().split("\r\n").length - 1; // one row per economy × differing indicator
  await expect(indicators.getByRole("row")).toHaveCount(1 + csvRows / 2); // header + one row per differing indicator
  await expect(indicators.getByRole("row").filter({ hasText: "P02.1" })).toHaveCount(0);

  const pair = await pairFromDatabase("BOL", "SUR");
  await page.goto("/en/regulations/similarity");
  const distance = pair.distance.toFixed(2);
  // The cell's name starts with the figures it shows (label in name), then says what they are.
  const cell = page.getByRole("link", {
    name: new RegExp(`^${distance.replace(".", "\\.")}\\s*n=${pair.overlap}\\s+Bolivia – Suriname: distance ${distance.replace(".", "\\.")}, over ${pair.overlap} shared indicators$`),
  });
  await expect(cell).toBeVisible();
  await expect(cell).toContainText(distance);
  await cell.click();
  await expect(page).toHaveURL(/\/en\/regulations\/compare\?economies=BOL,SUR$/);
  await expect(page.getByRole("heading", { level: 2, name: "Indicators of Bolivia, Suriname" })).toBeVisible();
});

test("search finds an entry by its text and filters fall back silently @phone", async ({ page }) => {
  await page.goto("/en/regulations/search?q=test+entry&economy=SUR,XXX&status=bogus");
  await expect(page).toHaveURL(/\/en\/regulations\/search\?q=test\+entry&economy=SUR$/);
  await expect(page.getByText("2 entries match.")).toBeVisible();
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
