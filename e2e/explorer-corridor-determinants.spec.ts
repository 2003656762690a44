import { readFile } from "node:fs/promises";
import { expect, test, type Download, type Locator } from "@playwright/test";
import { parse } from "csv-parse/sync";

/** A whole number printed with separators ("1,234"); a cell without digits ("– none recorded") is 0. */
const whole = (text: string) => Number(text.replace(/\D/g, "") || "0");
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

async function readCsv(download: Download) {
  return parse(await readFile((await download.path())!), { columns: true, bom: true }) as Array<Record<string, string>>;
}

/** The matrix as printed: column names, each row's name and cells (its total last), and the totals row. */
async function readMatrix(table: Locator) {
  const m = await table.evaluate((el: HTMLTableElement) => {
    const text = (cell: Element) => (cell as HTMLElement).innerText.trim();
    return {
      columns: [...el.tHead!.rows[0].cells].slice(1).map(text),
      rows: [...el.tBodies[0].rows].map((row) => ({ name: text(row.cells[0]), cells: [...row.cells].slice(1).map(text) })),
      totals: [...el.tFoot!.rows[0].cells].slice(1).map(text),
    };
  });
  return {
    columns: m.columns,
    rows: m.rows.map((r) => ({ name: r.name, cells: r.cells.map(whole) })),
    totals: m.totals.map(whole),
    raw: m,
  };
}

test.describe("Marketplace Explorer: corridor view", () => {
  test("switches direction and year; totals are the sums of the cells; the CSV has the same cells", async ({ page, context }) => {
    await page.goto("/en/explorer/corridor");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Corridor view: who visits whom");
    await expect(page.getByRole("note").filter({ hasText: "Demonstration data" })).toBeVisible();
    const direction = page.getByRole("navigation", { name: "Direction" });
    await expect(direction.getByRole("link", { name: "East Asia → Latin America" })).toHaveAttribute("aria-current", "true");
    await expect(page.getByRole("region", { name: /^Visits from East Asia to marketplaces in Latin America, \d{4}$/ })).toBeVisible();

    await direction.getByRole("link", { name: "Latin America → East Asia" }).click();
    await expect(page).toHaveURL(/direction=latin-america-to-east-asia/);
    // Years run oldest to newest and the newest is the default: take the one before it.
    const yearLinks = page.getByRole("navigation", { name: "Year" }).getByRole("link");
    await expect(yearLinks.last()).toHaveAttribute("aria-current", "true");
    const previous = yearLinks.nth((await yearLinks.count()) - 2);
    const year = (await previous.innerText()).trim();
    await previous.click();
    await expect(page).toHaveURL(new RegExp(`year=${year}`));
    expect(page.url()).not.toMatch(/display=/); // only what differs from the defaults

    const card = page.getByRole("region", { name: `Visits from Latin America to marketplaces in East Asia, ${year}` });
    const matrix = await readMatrix(card.getByRole("table"));
    expect(matrix.rows.length).toBeGreaterThan(1);
    expect(matrix.columns.at(-1)).toBe("Total");
    for (const row of matrix.rows) {
      const cells = row.cells.slice(0, -1);
      expect(sum(cells), `row total of ${row.name}`).toBe(row.cells.at(-1));
    }
    matrix.columns.slice(0, -1).forEach((column, j) => {
      expect(sum(matrix.rows.map((r) => r.cells[j])), `column total of ${column}`).toBe(matrix.totals[j]);
    });
    expect(matrix.totals.at(-1)).toBe(sum(matrix.rows.map((r) => r.cells.at(-1)!)));
    expect(matrix.totals.at(-1)).toBe(sum(matrix.totals.slice(0, -1)));

    // The download holds one row per non-empty cell, in the matrix's order, with the same numbers.
    const downloadPromise = page.waitForEvent("download");
    await card.getByRole("link", { name: "Download displayed data (CSV)" }).click();
    const download = await downloadPromise;
    expect(download.suggestedFilename()).toBe(`fealac-explorer-corridor-latin-america-to-east-asia-${year}.csv`);
    const records = await readCsv(download);
    const shown = matrix.rows.flatMap((r) =>
      r.cells.slice(0, -1).flatMap((visits, j) => (visits > 0 ? [{ origin: r.name, destination: matrix.columns[j], visits }] : [])),
    );
    expect(records.map((r) => ({ origin: r.origin_country, destination: r.destination_country, visits: Number(r["estimated_visits [visits in the year]"]) }))).toEqual(shown);
    expect(records.every((r) => r.data_status === "demonstration" && r.year === year && r.direction === "latin-america-to-east-asia")).toBe(true);

    // The largest corridors, as a table, start with the largest cell of the matrix.
    const top = page.getByRole("region", { name: `Largest corridors, ${year}` });
    await expect(top.getByRole("group", { name: /Horizontal bar chart/ })).toBeVisible();
    const summary = (await top.locator(".chart-summary").textContent())!;
    expect(summary).toMatch(new RegExp(`^The largest corridor in ${year} is .+ → .+, with [\\d,]+ visits, \\d+% of the visits in the \\d+ corridors shown \\(demonstration data\\)\\.$`));
    await expect(top.getByRole("group", { name: /Horizontal bar chart/ })).toHaveAccessibleDescription(summary);
    await top.getByRole("navigation", { name: "Show as" }).getByRole("link", { name: "Table" }).click();
    await expect(page).toHaveURL(/display=table/);
    // Cells after the row header (the visitors' country): rank, marketplaces' country, visits, share.
    const firstTop = top.getByRole("table").getByRole("row").nth(1);
    expect(whole(await firstTop.getByRole("cell").nth(2).innerText())).toBe(Math.max(...shown.map((s) => s.visits)));

    // A copied link opens the same view.
    const copy = await context.newPage();
    await copy.goto(page.url());
    const copiedCard = copy.getByRole("region", { name: `Visits from Latin America to marketplaces in East Asia, ${year}` });
    expect((await readMatrix(copiedCard.getByRole("table"))).raw).toEqual(matrix.raw);
    await expect(copy.getByRole("region", { name: `Largest corridors, ${year}` }).getByRole("table")).toBeVisible();

    // Each country links to its explorer page.
    const origin = matrix.rows[0].name;
    await copiedCard.getByRole("rowheader", { name: origin, exact: true }).getByRole("link").click();
    await expect(copy.getByRole("heading", { level: 1 })).toHaveText(`${origin}: e-commerce marketplaces`);
  });

  test("falls back to the defaults for invalid parameters, and speaks Spanish", async ({ page }) => {
    const response = await page.goto("/es/explorer/corridor?direction=north-south&year=1850&display=pie");
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Vista de corredores: quién visita a quién");
    await expect(page.getByRole("navigation", { name: "Dirección" }).getByRole("link", { name: "Asia del Este → América Latina" })).toHaveAttribute(
      "aria-current",
      "true",
    );
    await expect(page.getByRole("navigation", { name: "Año" }).getByRole("link").last()).toHaveAttribute("aria-current", "true");
  });
});

test.describe("Marketplace Explorer: determinants view", () => {
  test("relates a traffic measure to an indicator with r and n; table, CSV, links and a copied URL agree", async ({ page, context }) => {
    await page.goto("/en/explorer/determinants");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Traffic and its determinants");
    await expect(page.getByRole("note").filter({ hasText: "Demonstration data" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: /^Visits per internet user against Account ownership .*, \d{4}$/ })).toBeVisible();

    await page.getByLabel("Indicator").selectOption({ label: "Fixed broadband subscriptions" });
    await expect(page).toHaveURL(/indicator=IT\.NET\.BBND\.P2/);
    await page.getByRole("navigation", { name: "Traffic measure" }).getByRole("link", { name: "Cross-border share" }).click();
    await expect(page).toHaveURL(/measure=cross-border-share/);
    expect(page.url()).toMatch(/indicator=IT\.NET\.BBND\.P2/);
    expect(page.url()).not.toMatch(/year=|display=/);

    const card = page.getByRole("region", { name: /^Cross-border share against Fixed broadband subscriptions, \d{4}$/ });
    const statement = card.getByText(/^r = -?\d\.\d\d over \d+ countries$/);
    await expect(statement).toBeVisible();
    const [, r, n] = (await statement.innerText()).match(/^r = (-?\d\.\d\d) over (\d+) countries$/)!;
    expect(Number(n)).toBeGreaterThanOrEqual(3);
    // One point per country, each a link.
    const chart = card.getByRole("group", { name: /^Scatter plot of Cross-border share/ });
    await expect(chart.getByRole("link")).toHaveCount(Number(n));
    // Its finding: the economy with the highest share among the points drawn.
    const summary = (await card.locator(".chart-summary").textContent())!;
    expect(summary).toMatch(new RegExp(`^Of the ${n} economies shown for \\d{4}, .+ (has|share) the highest cross-border share: [\\d.]+% \\(demonstration data\\)\\.$`));
    await expect(chart).toHaveAccessibleDescription(summary);

    await card.getByRole("navigation", { name: "Show as" }).getByRole("link", { name: "Table" }).click();
    await expect(page).toHaveURL(/display=table/);
    const table = card.getByRole("table");
    await expect(table).toBeVisible();
    const rows = table.getByRole("row");
    await expect(rows).toHaveCount(Number(n) + 1);
    const tableRows = await rows.allInnerTexts();
    // Each indicator value carries its year and source.
    for (const row of await table.locator("tbody tr").all()) {
      await expect(row.getByRole("cell").nth(3)).toHaveText(/^\d{4}$/);
      await expect(row.getByRole("cell").nth(4)).toHaveText(/\S/);
    }

    const downloadPromise = page.waitForEvent("download");
    await card.getByRole("link", { name: "Download displayed data (CSV)" }).click();
    const records = await readCsv(await downloadPromise);
    expect(records).toHaveLength(Number(n));
    const names = await table.getByRole("rowheader").allInnerTexts();
    expect(records.map((rec) => rec.country)).toEqual(names);
    const share = "cross_border_share [share 0-1]";
    const percent = new Intl.NumberFormat("en", { style: "percent", maximumFractionDigits: 1 });
    const firstRow = table.locator("tbody tr").first();
    await expect(firstRow.getByRole("cell").nth(1)).toHaveText(percent.format(Number(records[0][share])));
    await expect(firstRow.getByRole("cell").nth(3)).toHaveText(records[0].indicator_year);
    expect(records.every((rec) => rec.indicator_code === "IT.NET.BBND.P2" && rec.data_status === "demonstration" && rec.indicator_source !== "")).toBe(true);
    expect(Number(records[0].pearson_r).toFixed(2)).toBe(r);
    expect(records[0]["indicator_value [per 100 people]"]).toMatch(/^\d/);

    // A copied link opens the same view.
    const copy = await context.newPage();
    await copy.goto(page.url());
    const copiedCard = copy.getByRole("region", { name: /^Cross-border share against Fixed broadband subscriptions/ });
    await expect(copiedCard.getByText(`r = ${r} over ${n} countries`)).toBeVisible();
    expect(await copiedCard.getByRole("table").getByRole("row").allInnerTexts()).toEqual(tableRows);
    await expect(copy.getByLabel("Indicator")).toHaveValue("IT.NET.BBND.P2");

    // A row links to its country page.
    await copiedCard.getByRole("rowheader").first().getByRole("link").click();
    await expect(copy.getByRole("heading", { level: 1 })).toHaveText(`${names[0]}: e-commerce marketplaces`);

    // So does a point of the chart.
    await card.getByRole("navigation", { name: "Show as" }).getByRole("link", { name: "Chart" }).click();
    await expect(page).not.toHaveURL(/display=/);
    await chart.getByRole("link", { name: /^Chile:/ }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Chile: e-commerce marketplaces");
  });

  test("falls back to the defaults for invalid parameters, and speaks Spanish", async ({ page }) => {
    const response = await page.goto("/en/explorer/determinants?measure=gdp&indicator=NOPE&year=1850&display=pie");
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("navigation", { name: "Traffic measure" }).getByRole("link", { name: "Visits per internet user" })).toHaveAttribute(
      "aria-current",
      "true",
    );
    await expect(page.getByLabel("Indicator")).toHaveValue("FX.OWN.TOTL.ZS");
    await expect(page.getByText(/^r = -?\d\.\d\d over \d+ countries$/)).toBeVisible();

    await page.goto("/es/explorer/determinants");
    await expect(page.getByText(/^r = -?\d,\d\d en \d+ países$/)).toBeVisible();
  });
});
