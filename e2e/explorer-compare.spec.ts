import { readFile } from "node:fs/promises";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { parse } from "csv-parse/sync";

async function addCountry(page: Page, name: string) {
  await page.getByLabel("Add a country").selectOption({ label: name });
  await page.getByRole("button", { name: "Add" }).click();
}

/** "1,234.5" → 1234.5; the table formats numbers for English readers. */
const numberIn = (text: string) => Number(text.replace(/,/g, ""));

/** A ratio as the table rounds it: three significant digits, whole units kept. */
const ratioShown = (value: number) => Number(value.toPrecision(Math.max(3, Math.floor(Math.log10(Math.abs(value))) + 1)));

/** The items a compare table lists (one row per item and period), in its order: each row's first cell after the period. */
async function itemsIn(table: Locator): Promise<string[]> {
  const names = await table.locator("tbody tr").evaluateAll((rows) => rows.map((row) => row.querySelector("td")?.textContent?.trim() ?? ""));
  return [...new Set(names)];
}

test.describe("Marketplace Explorer: compare view", () => {
  test("compares two countries: add, table ↔ chart, per internet user, copied link, CSV", async ({ page, context }, testInfo) => {
    await page.goto("/en/explorer/compare");
    await expect(page.getByRole("heading", { level: 1, name: "Compare countries and marketplaces" })).toBeVisible();
    await expect(page.getByText("Nothing chosen yet.")).toBeVisible();

    await addCountry(page, "Chile");
    await expect(page).toHaveURL(/\/en\/explorer\/compare\?countries=chl$/);
    await addCountry(page, "Japan");
    await expect(page).toHaveURL(/\?countries=chl,jpn$/);
    const chosen = page.getByRole("list", { name: /Chosen \(2 of 8\)/ });
    await expect(chosen.getByRole("listitem")).toHaveText([/Chile/, /Japan/]);
    await expect(page.getByRole("note").filter({ hasText: "Demonstration data" })).toBeVisible();

    const series = page.getByRole("region", { name: /^Visits over time$/ });
    await expect(series.getByRole("group", { name: /Line chart of Visits per period: Chile, Japan/ })).toBeVisible();
    const summary = (await series.locator(".chart-summary").textContent())!;
    expect(summary).toMatch(/^In .+, the latest period shown for all of them, (Chile|Japan|Chile and Japan) (had|shared) the highest visits: [\d,]+ \(demonstration data\)\.$/);
    await expect(series.getByRole("group", { name: /Line chart of Visits per period: Chile, Japan/ })).toHaveAccessibleDescription(summary);
    await page.screenshot({ path: testInfo.outputPath("compare-chart.png"), fullPage: true });

    await series.getByRole("navigation", { name: "Show as" }).getByRole("link", { name: "Table" }).click();
    await expect(page).toHaveURL(/display=table/);
    const table = series.getByRole("table");
    await expect(table.getByRole("columnheader")).toHaveText(["Period", "Country", "Visits"]);
    await expect.poll(() => itemsIn(table)).toEqual(["Chile", "Japan"]);
    await expect(table.getByRole("rowheader").first()).toHaveText(/^Jan 2019/);

    await series.getByRole("navigation", { name: "Show as" }).getByRole("link", { name: "Chart" }).click();
    await expect(page).not.toHaveURL(/display=/);
    await expect(series.getByRole("table")).toHaveCount(0);
    await expect(series.getByRole("group", { name: /Line chart/ })).toBeVisible();
    await series.getByRole("navigation", { name: "Show as" }).getByRole("link", { name: "Table" }).click();
    await expect(series.getByRole("table")).toBeVisible();
    await series.getByRole("navigation", { name: "Period" }).getByRole("link", { name: "Annual" }).click();
    await expect(page).toHaveURL(/granularity=year/);

    await series.getByRole("navigation", { name: "Measure" }).getByRole("link", { name: "Visits per internet user" }).click();
    await expect(page).toHaveURL(/measure=per-internet-user/);
    const perUser = page.getByRole("region", { name: /Visits per internet user over time/ });
    await expect(perUser.getByText(/Internet users = population ×/)).toBeVisible();
    const rows = await perUser.getByRole("row").allInnerTexts();
    expect(rows.length).toBeGreaterThan(2);
    await page.screenshot({ path: testInfo.outputPath("compare-table.png"), fullPage: true });

    const url = page.url();
    expect(url).toMatch(/\?countries=chl,jpn&measure=per-internet-user&granularity=year&display=table$/);
    const copy = await context.newPage();
    await copy.goto(url);
    const copied = copy.getByRole("region", { name: /Visits per internet user over time/ });
    await expect(copied.getByRole("table")).toBeVisible();
    expect(await copied.getByRole("row").allInnerTexts()).toEqual(rows);
    await expect(copy.getByRole("list", { name: /Chosen/ }).getByRole("listitem")).toHaveText([/Chile/, /Japan/]);

    const downloadPromise = page.waitForEvent("download");
    await perUser.getByRole("link", { name: "Download displayed data (CSV)" }).click();
    const download = await downloadPromise;
    expect(download.suggestedFilename()).toBe("fealac-explorer-compare-countries-per-internet-user-year.csv");
    const records = parse(await readFile((await download.path())!), { columns: true, bom: true }) as Array<Record<string, string>>;
    // One row per item and year, in the table as in the CSV.
    const bodyRows = perUser.getByRole("table").locator("tbody tr");
    const years = [...new Set((await bodyRows.getByRole("rowheader").allInnerTexts()).map((text) => text.slice(0, 4)))];
    expect(records).toHaveLength(2 * years.length);
    expect(await bodyRows.count()).toBe(records.length);
    expect(records.every((r) => r.granularity === "year" && r.data_status === "demonstration")).toBe(true);
    for (const year of years) {
      for (const key of ["chl", "jpn"]) expect(records.find((r) => r.key === key && r.period_start === `${year}-01-01`), `${key} ${year}`).toBeDefined();
    }
    for (const [i, record] of records.entries()) {
      const row = bodyRows.nth(i);
      await expect(row.getByRole("rowheader")).toHaveText(new RegExp(`^${record.period_start.slice(0, 4)}`));
      const [name, value] = await row.getByRole("cell").allInnerTexts();
      expect(name).toBe(record.name);
      expect(numberIn(value), `${record.key} ${record.period_start}`).toBe(ratioShown(Number(record.visits_per_internet_user)));
    }
  });

  test("removes an item with its chip's link and keeps the rest", async ({ page }) => {
    await page.goto("/en/explorer/compare?countries=chl,jpn,bra&display=table");
    await page.getByRole("link", { name: "Remove Japan" }).click();
    await expect(page).toHaveURL(/\?countries=chl,bra&display=table$/);
    await expect(page.getByRole("table").getByRole("columnheader")).toHaveText(["Period", "Country", "Visits"]);
    await expect.poll(() => itemsIn(page.getByRole("table"))).toEqual(["Chile", "Brazil"]);
  });

  test("works without JavaScript: marketplaces are added through the plain form", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/en/explorer/compare?kind=marketplaces&display=table");
    await page.getByLabel("Add a marketplace").selectOption({ label: "Mercado Libre Chile" });
    await page.getByRole("button", { name: "Add" }).click();
    await expect(page).toHaveURL(/\?kind=marketplaces&marketplaces=[a-z0-9-]+&display=table$/);
    await expect(page.getByRole("table").getByRole("columnheader")).toHaveText(["Period", "Marketplace", "Visits"]);
    await expect.poll(() => itemsIn(page.getByRole("table"))).toEqual(["Mercado Libre Chile"]);
    await context.close();
  });

  test("falls back to defaults for invalid parameters instead of an error page", async ({ page }) => {
    const response = await page.goto("/en/explorer/compare?kind=planets&countries=zzz&measure=per-cat&granularity=weekly&display=pie");
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("navigation", { name: "Compare" }).getByRole("link", { name: "Countries" })).toHaveAttribute("aria-current", "true");
    await expect(page.getByText("Nothing chosen yet.")).toBeVisible();
    await page.getByRole("link", { name: /For example, compare/ }).click();
    await expect(page).toHaveURL(/\?countries=[a-z]{3},[a-z]{3}$/);
    await expect(page.getByRole("list", { name: /Chosen \(2 of 8\)/ }).getByRole("listitem")).toHaveCount(2);
  });
});
