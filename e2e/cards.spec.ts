import { expect, test, type Locator, type Page } from "@playwright/test";
import { parse } from "csv-parse/sync";

/**
 * Every table drawn from a card carries its CSV link (data-csv) and each
 * column its CSV name (data-column). On every page type, the CSV behind each
 * table must hold the table's rows: the same number, and the same figures in
 * every numeric column, row by row.
 */
const PAGES = [
  "/en/explorer?display=table",
  "/en/explorer/country/chl?display=table",
  "/en/explorer/compare?countries=chl,jpn&display=table",
  "/en/explorer/corridor?display=table",
  "/en/explorer/determinants?display=table",
  "/en/regulations",
  "/en/regulations/economy/sgp",
  "/en/regulations/pillar/p07",
  "/en/regulations/compare?economies=chl,jpn",
  "/en/policies/country/chl",
  "/en/regulations/coverage",
  "/en/policies/coverage",
  "/es/explorer?display=table",
  "/es/regulations/coverage",
  "/es/policies/coverage",
];

/** A figure as the English page writes it: "1,234", "12.5%", "0.50"; null when the cell holds none. */
function shownNumber(text: string): { value: number; decimals: number; percent: boolean } | null {
  const match = /^(-?[\d,]*\.?\d+)(%?)$/.exec(text.trim());
  if (!match) return null;
  const digits = match[1].replace(/,/g, "");
  return { value: Number(digits), decimals: digits.split(".")[1]?.length ?? 0, percent: match[2] === "%" };
}

/** Every body cell's text, row by row, in one round trip: the value alone, without a note in smaller text after it. */
async function cellTexts(rows: Locator): Promise<string[][]> {
  return rows.evaluateAll((trs) =>
    trs.map((tr) =>
      [...tr.querySelectorAll(":scope > th, :scope > td")].map((el) => {
        const copy = el.cloneNode(true) as HTMLElement;
        copy.querySelectorAll(".muted").forEach((n) => n.remove());
        return copy.textContent?.trim() ?? "";
      }),
    ),
  );
}

async function compareTable(page: Page, table: Locator, english: boolean) {
  const href = (await table.getAttribute("data-csv"))!;
  const response = await page.request.get(href);
  expect(response.status(), href).toBe(200);
  const [header, ...records] = parse((await response.text()).replace(/^\uFEFF/, "")) as string[][];
  const rows = table.locator("tbody tr");
  expect(records.length, `${href}: rows`).toBe(await rows.count());
  const names = header.map((h) => h.replace(/ \[.*\]$/, ""));
  const columns = await table.locator("thead th[data-column]").evaluateAll((ths) => ths.map((th) => th.getAttribute("data-column")!));
  const texts = english ? await cellTexts(rows) : [];
  for (const [position, column] of columns.entries()) {
    const index = names.indexOf(column);
    expect(index, `${href}: column ${column} in the CSV`).toBeGreaterThanOrEqual(0);
    if (!english) continue;
    for (const [i, record] of records.entries()) {
      const shown = shownNumber(texts[i][position]);
      if (!shown || record[index] === "") continue;
      const value = Number(record[index]) * (shown.percent ? 100 : 1);
      const tolerance = 0.5 * 10 ** -shown.decimals + 1e-9;
      expect(Math.abs(value - shown.value), `${href}: ${column}, row ${i + 1}`).toBeLessThanOrEqual(tolerance);
    }
  }
}

test.describe("each table's CSV holds what the table shows", () => {
  for (const url of PAGES) {
    test(url, async ({ page }) => {
      await page.goto(url);
      const tables = page.locator("table[data-csv]");
      expect(await tables.count(), `${url} draws its tables from cards`).toBeGreaterThan(0);
      for (const table of await tables.all()) await compareTable(page, table, url.startsWith("/en/"));
    });
  }
});
