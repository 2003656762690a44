import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { parse } from "csv-parse/sync";

test.describe("Marketplace Explorer", () => {
  test("navigates region → country → marketplace @phone", async ({ page }, testInfo) => {
    await page.goto("/en/explorer");
    await expect(page.getByRole("heading", { level: 1, name: "Marketplace Explorer" })).toBeVisible();
    await expect(page.getByRole("note").filter({ hasText: "Demonstration data" })).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath("explorer.png"), fullPage: true });
    // The chart states its finding, computed from the years it draws, and reads it as its description.
    const visits = page.getByRole("region", { name: /^Total visits/ });
    const summary = (await visits.locator(".chart-summary").textContent())!;
    expect(summary).toMatch(/^Visits to marketplaces in .+ (rose \d+%|fell \d+%|were about the same) from (\d{4}) to (?!\2)\d{4} \(demonstration data\)\.$/);
    await expect(visits.getByRole("group")).toHaveAccessibleDescription(summary);

    await page.getByRole("navigation", { name: "Region" }).getByRole("link", { name: "Latin America" }).click();
    await expect(page).toHaveURL(/region=latin-america/);
    const ranking = page.getByRole("region", { name: /Countries ranked by visits/ });
    await ranking.getByRole("link", { name: "Chile" }).click();

    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Chile: e-commerce marketplaces");
    const marketplaces = page.getByRole("region", { name: /Marketplaces ranked by visits/ });
    const first = marketplaces.getByRole("rowheader").first().getByRole("link");
    const name = (await first.textContent())!;
    await page.screenshot({ path: testInfo.outputPath("country.png"), fullPage: true });
    await first.click();

    await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
    await expect(page.getByText(/Ranks 1 of \d+ marketplaces in Chile/)).toBeVisible();
    await expect(page.getByRole("heading", { name: "Characteristics" })).toBeVisible();
  });

  test("links every explorer view from every other", async ({ page }) => {
    await page.goto("/en/explorer/country/chl");
    const views = () => page.getByRole("navigation", { name: "Views" });
    await views().getByRole("link", { name: "Corridors" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Corridor view: who visits whom");
    await expect(views().getByRole("link", { name: "Corridors" })).toHaveAttribute("aria-current", "true");
    await views().getByRole("link", { name: "Determinants" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Traffic and its determinants");
    await views().getByRole("link", { name: "Compare" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Compare countries and marketplaces");
    await views().getByRole("link", { name: "Region overview" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Marketplace Explorer");
  });

  test("keeps the view in the URL: granularity, display and filters survive a copied link", async ({ page, context }) => {
    await page.goto("/en/explorer/country/bra");
    const visits = page.getByRole("region", { name: /Total visits/ });
    await visits.getByRole("navigation", { name: "Period" }).getByRole("link", { name: "Quarterly" }).click();
    await expect(page).toHaveURL(/granularity=quarter/);
    await visits.getByRole("navigation", { name: "Show as" }).getByRole("link", { name: "Table" }).click();
    await expect(page).toHaveURL(/display=table/);
    await expect(visits.getByRole("table")).toBeVisible();
    await expect(visits.getByRole("rowheader").first()).toHaveText(/^2019 Q1/);

    await page.getByLabel("Sector").selectOption("goods");
    await expect(page).toHaveURL(/sector=goods/);
    const url = page.url();
    expect(url).not.toMatch(/model=|transactional=|year=/); // only what differs from the defaults

    const rows = await visits.getByRole("row").allInnerTexts();
    const copy = await context.newPage();
    await copy.goto(url);
    const copied = copy.getByRole("region", { name: /Total visits/ });
    await expect(copied.getByRole("table")).toBeVisible();
    expect(await copied.getByRole("row").allInnerTexts()).toEqual(rows);
    await expect(copy.getByLabel("Sector")).toHaveValue("goods");
  });

  test("falls back to defaults for invalid parameters instead of an error page", async ({ page }) => {
    const response = await page.goto("/en/explorer?region=mars&granularity=weekly&year=1850&display=pie");
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("navigation", { name: "Region" }).getByRole("link", { name: "All FEALAC" })).toHaveAttribute("aria-current", "true");
    await expect(page.getByRole("navigation", { name: "Period" }).getByRole("link", { name: "Monthly" })).toHaveAttribute("aria-current", "true");
  });

  test("downloads the displayed table as CSV with the same rows", async ({ page }) => {
    await page.goto("/en/explorer?region=east-asia&granularity=year&display=table");
    const visits = page.getByRole("region", { name: /Total visits/ });
    const tableRows = await visits.getByRole("row").count();

    const downloadPromise = page.waitForEvent("download");
    await visits.getByRole("link", { name: "Download displayed data (CSV)" }).click();
    const download = await downloadPromise;
    expect(download.suggestedFilename()).toBe("fealac-explorer-east-asia-series-year.csv");
    const records = parse(await readFile((await download.path())!), { columns: true, bom: true }) as Array<Record<string, string>>;
    expect(records).toHaveLength(tableRows - 1); // minus the header row
    expect(records.every((r) => r.data_status === "demonstration" && r.granularity === "year")).toBe(true);
    const firstCell = await visits.getByRole("row").nth(1).getByRole("cell").last().innerText();
    expect(Number(firstCell.replace(/\D/g, ""))).toBe(Number(records[0].visits));
  });
});
