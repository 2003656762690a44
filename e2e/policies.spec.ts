import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { parse } from "csv-parse/sync";
import { withDatabase } from "@/e2e/helpers/staff";

/**
 * The public policy inventory, on policies this file writes into the test
 * database (and removes afterwards): a search word no other policy holds,
 * 23 published policies carrying it (more than one page), and a draft.
 */
const RUN = randomBytes(4).toString("hex");
const WORD = `quokka${RUN}`;
const SOURCE = { document: "003_35b9868c0eedbceb.txt", lines: "217-244" };

async function createPolicy(
  db: import("pg").Client,
  p: { key: string; country: string; name: string; description: string; state: string; launchYear: number | null; instrument: string; targets: string[] },
): Promise<number> {
  const { rows } = await db.query<{ id: number }>(
    `INSERT INTO policy (slug, country_iso3, name_original, name_en, launch_year, description, workflow_state, updated_at)
     VALUES ($1, $2, $3, $3, $4, $5, $6::"WorkflowState", now()) RETURNING id`,
    [`e2e-${RUN}-${p.key}`, p.country, p.name, p.launchYear, p.description, p.state],
  );
  const id = rows[0].id;
  await db.query(`INSERT INTO policy_instrument_type SELECT $1, id FROM instrument_type WHERE slug = $2`, [id, p.instrument]);
  await db.query(`INSERT INTO policy_target_group SELECT $1, id FROM target_group WHERE slug = ANY($2)`, [id, p.targets]);
  const { rows: source } = await db.query<{ id: number }>(
    `INSERT INTO source (key, title, document, lines, kind) VALUES ($1, 'Test source document', $2, $3, 'PROJECT_DOCUMENT')
     ON CONFLICT (key) DO UPDATE SET title = excluded.title RETURNING id`,
    [`e2e:${RUN}`, SOURCE.document, SOURCE.lines],
  );
  await db.query(`INSERT INTO policy_source (policy_id, position, source_id) VALUES ($1, 1, $2)`, [id, source[0].id]);
  return id;
}

let draftId = 0;

test.beforeAll(async () => {
  await withDatabase(async (db) => {
    await createPolicy(db, {
      key: "chl", country: "CHL", name: `Export coaching ${WORD}`, state: "PUBLISHED", launchYear: 2012,
      description: `Coaching for ${WORD} exporters selling online.`, instrument: "training-capacity-building", targets: ["digital-exporters", "women-entrepreneurs"],
    });
    await createPolicy(db, {
      key: "per", country: "PER", name: `Women online ${WORD}`, state: "PUBLISHED", launchYear: null,
      description: `Training women entrepreneurs (${WORD}) to sell online.`, instrument: "training-capacity-building", targets: ["women-entrepreneurs"],
    });
    for (let i = 1; i <= 21; i++) {
      await createPolicy(db, {
        key: `kor-${i}`, country: "KOR", name: `Connectivity ${WORD} ${String(i).padStart(2, "0")}`, state: "PUBLISHED", launchYear: 2000 + i,
        description: `Telecentres ${WORD} for rural firms.`, instrument: "connectivity-telecenters", targets: ["rural-enterprises"],
      });
    }
    draftId = await createPolicy(db, {
      key: "draft", country: "CHL", name: `Draft scheme ${WORD}`, state: "DRAFT", launchYear: 2024,
      description: `Not public ${WORD}.`, instrument: "training-capacity-building", targets: ["digital-exporters"],
    });
  });
});

test.afterAll(async () => {
  await withDatabase((db) => db.query(`DELETE FROM policy WHERE slug LIKE $1`, [`e2e-${RUN}-%`]));
});

async function resultNames(page: Page): Promise<string[]> {
  return page.getByRole("region", { name: "Results" }).getByRole("heading", { level: 3 }).allInnerTexts();
}

test.describe("MSME policy inventory", () => {
  test("searches a word, narrows by a facet and opens a policy with its source citation", async ({ page }, testInfo) => {
    await page.goto("/en/policies");
    await expect(page.getByRole("heading", { level: 1, name: "MSME policy inventory" })).toBeVisible();

    await page.getByLabel("Search policies").fill(WORD);
    await page.getByRole("button", { name: "Search", exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/en/policies\\?q=${WORD}$`));
    const results = page.getByRole("region", { name: "Results" });
    await expect(results.getByRole("status")).toContainText("23 policies");
    expect(await resultNames(page)).not.toContain(`Draft scheme ${WORD}`);
    await page.screenshot({ path: testInfo.outputPath("search.png"), fullPage: true });

    // Facet counts reflect the search: Chile 1 (its draft does not count), Peru 1, Korea 21.
    const economy = page.getByRole("group", { name: "Economy" });
    await expect(economy.getByRole("checkbox")).toHaveCount(3);
    await expect(economy.getByText("Republic of Korea (21)")).toBeVisible();
    await economy.getByRole("checkbox", { name: "Chile (1)" }).check();
    await expect(page).toHaveURL(new RegExp(`q=${WORD}&economy=chl$`));
    await expect(results.getByRole("status")).toContainText("1 policy");
    await expect(economy.getByRole("checkbox", { name: "Chile (1)" })).toBeChecked();
    // Counts of the other economies still show what choosing them would add.
    await expect(economy.getByRole("checkbox", { name: "Peru (1)" })).not.toBeChecked();
    expect(await resultNames(page)).toEqual([`Export coaching ${WORD}`]);

    await results.getByRole("link", { name: `Export coaching ${WORD}` }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Export coaching ${WORD}`);
    const sources = page.getByRole("region", { name: "Sources" });
    await expect(sources).toContainText("Test source document");
    await expect(sources).toContainText(`project document ${SOURCE.document}, lines 217–244`);
    const facts = page.getByRole("region", { name: "Key facts" });
    await expect(facts.getByRole("definition").filter({ hasText: /^unknown$/ }).first()).toBeVisible(); // agency not recorded
    await expect(page.getByRole("region", { name: "Related policies in other economies" }).getByRole("link", { name: `Women online ${WORD}` })).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath("detail.png"), fullPage: true });
  });

  test("works without JavaScript: the form's request is redirected to the short URL", async ({ browser }, testInfo) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL: testInfo.project.use.baseURL });
    const page = await context.newPage();
    await page.goto("/en/policies");
    await page.getByLabel("Search policies").fill(WORD);
    await page.getByRole("button", { name: "Search", exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/en/policies\\?q=${WORD}$`));
    await page.getByRole("group", { name: "Economy" }).getByRole("checkbox", { name: /^Peru/ }).check();
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(new RegExp(`/en/policies\\?q=${WORD}&economy=per$`));
    expect(await resultNames(page)).toEqual([`Women online ${WORD}`]);
    await context.close();
  });

  test("never shows a draft, and falls back to defaults for invalid parameters", async ({ page }) => {
    const draft = await page.goto(`/en/policies/${draftId}`);
    expect(draft?.status()).toBe(404);
    await page.goto(`/en/policies?q=${encodeURIComponent(`"Draft scheme ${WORD}"`)}`);
    await expect(page.getByRole("region", { name: "Results" }).getByRole("status")).toContainText("No policies match");

    const response = await page.goto(`/en/policies?q=${WORD}&economy=xyz,chl&sector=plastic&page=99&from=1850`);
    expect(response?.status()).toBe(200);
    await expect(page).toHaveURL(new RegExp(`/en/policies\\?q=${WORD}&economy=chl$`));
  });

  test("downloads the displayed results as CSV: every page, in the list's order", async ({ page }) => {
    await page.goto(`/en/policies?q=${WORD}`);
    const results = page.getByRole("region", { name: "Results" });
    await expect(results.getByRole("status")).toContainText("23 policies · showing 1–20");
    const firstPage = await resultNames(page);
    expect(firstPage).toHaveLength(20);
    await page.getByRole("navigation", { name: "Result pages" }).getByRole("link", { name: "Next" }).click();
    await expect(page).toHaveURL(/page=2/);
    const secondPage = await resultNames(page);
    expect(secondPage).toHaveLength(3);

    const downloadPromise = page.waitForEvent("download");
    await results.getByRole("link", { name: "Download displayed data (CSV)" }).click();
    const download = await downloadPromise;
    expect(download.suggestedFilename()).toBe("fealac-msme-policies.csv");
    const records = parse(await readFile((await download.path())!), { columns: true, bom: true }) as Array<Record<string, string>>;
    expect(records.map((r) => r.name_en)).toEqual([...firstPage, ...secondPage]);
    const peru = records.find((r) => r.country_iso3 === "PER")!;
    expect(peru).toMatchObject({ launch_year: "", instrument_types: "training-capacity-building", target_groups: "women-entrepreneurs" });
    expect(peru.sources).toBe(`Test source document [${SOURCE.document}, lines ${SOURCE.lines}]`);
  });

  test("gap analysis highlights an economy and states its benchmark against peers", async ({ page }, testInfo) => {
    await page.goto("/en/policies/gaps?region=latin-america");
    const matrix = page.getByRole("table", { name: "Published policies by economy and target group" });
    await expect(matrix.getByRole("rowheader", { name: "Argentina" })).toBeVisible(); // members without policies are listed

    await page.getByLabel("Benchmark an economy").selectOption({ label: "Peru" });
    await page.getByRole("button", { name: "Compare", exact: true }).click();
    await expect(page).toHaveURL(/\/en\/policies\/gaps\?region=latin-america&economy=per$/);
    const peruRow = matrix.getByRole("row", { name: /^Peru/ });
    await expect(peruRow).toHaveAttribute("aria-current", "true");

    // Worked out from the database: Latin American members other than Peru, and those with a published
    // policy targeting digital exporters; Peru's own count.
    const { peers, withMeasures, own } = await withDatabase(async (db) => {
      const { rows } = await db.query<{ peers: number; with_measures: number; own: number }>(`
        SELECT count(*) FILTER (WHERE c.iso3 <> 'PER')::int AS peers,
               count(*) FILTER (WHERE c.iso3 <> 'PER' AND n > 0)::int AS with_measures,
               coalesce(max(n) FILTER (WHERE c.iso3 = 'PER'), 0)::int AS own
        FROM country c
        CROSS JOIN LATERAL (
          SELECT count(*) AS n FROM policy p
          JOIN policy_target_group ptg ON ptg.policy_id = p.id
          JOIN target_group tg ON tg.id = ptg.target_group_id AND tg.slug = 'digital-exporters'
          WHERE p.country_iso3 = c.iso3 AND p.workflow_state = 'PUBLISHED') x
        WHERE c.is_fealac_member AND c.region_code = 'LATIN_AMERICA'`);
      return { peers: rows[0].peers, withMeasures: rows[0].with_measures, own: rows[0].own };
    });
    expect(withMeasures).toBeGreaterThan(0); // at least this file's Chilean policy
    const ownText = own === 0 ? "none" : own === 1 ? "1 measure" : `${own} measures`;
    await expect(page.getByRole("region", { name: "Peru against its peers" })).toContainText(
      `Peers with measures targeting digital exporters: ${withMeasures} of ${peers}; this economy: ${ownText}`,
    );
    await page.screenshot({ path: testInfo.outputPath("gaps.png"), fullPage: true });

    // The matrix CSV has the same rows as the table.
    const section = page.getByRole("region", { name: "By target group" });
    const downloadPromise = page.waitForEvent("download");
    await section.getByRole("link", { name: "Download displayed data (CSV)" }).click();
    const records = parse(await readFile((await (await downloadPromise).path())!), { columns: true, bom: true }) as Array<Record<string, string>>;
    const rowHeaders = await matrix.getByRole("rowheader").filter({ has: page.getByRole("link") }).allInnerTexts();
    expect(records.map((r) => r.country)).toEqual(rowHeaders.map((h) => h.replace(/benchmarked$/, "").trim()));
    expect(records.find((r) => r.country_iso3 === "PER")).toMatchObject({ benchmarked: "true", "digital-exporters": String(own) });
  });
});
