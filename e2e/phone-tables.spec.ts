/**
 * Tables on a 390 px phone: on every public page type in every locale (and
 * the explorer views again with tables instead of charts), no table cell's
 * content is cut off or runs past its cell, nothing inside a cell is clipped
 * by its own overflow (visually hidden text aside), no cell lies under the
 * sticky first column before the table is scrolled, and the page itself is no
 * wider than the screen. Wide tables may scroll sideways in their region.
 * Runs in the phone project only (playwright.config.ts).
 */
import { expect, test, type Page } from "@playwright/test";
import { routing } from "@/i18n/routing";
import { checkInTabs, loadIds, localePath, PUBLIC_PAGES, type Ids } from "@/e2e/helpers/pages";

const WIDTH = 390;
test.use({ viewport: { width: WIDTH, height: 844 } });

/** The page, and for an explorer view (charts by default) the same view with tables instead. */
function withTableDisplay(path: string): string[] {
  if (!path.startsWith("/explorer") || path.includes("display=")) return [path];
  return [path, `${path}${path.includes("?") ? "&" : "?"}display=table`];
}

/** Runs in the page: every problem found, one line each. */
function tableProblems(width: number): string[] {
  for (const details of document.querySelectorAll("details")) details.open = true;
  const problems: string[] = [];
  const name = (cell: Element) =>
    `${cell.tagName.toLowerCase()} "${(cell.textContent ?? "").trim().replace(/\s+/g, " ").slice(0, 50)}"`;
  // Text for screen readers only is clipped to a 1 px box on purpose.
  const visuallyHidden = (el: Element) => {
    const box = el.getBoundingClientRect();
    return box.width <= 1 && box.height <= 1;
  };
  const pageWidth = document.documentElement.scrollWidth;
  if (pageWidth > width + 1) problems.push(`the page is ${pageWidth} px wide`);
  document.querySelectorAll("table").forEach((table, t) => {
    const where = `table ${t + 1}`;
    const cells = [...table.querySelectorAll<HTMLElement>("td, th")].filter((cell) => cell.getClientRects().length > 0);
    for (const cell of cells) {
      if (cell.scrollWidth > cell.clientWidth + 1) problems.push(`${where}: ${name(cell)} needs ${cell.scrollWidth} px, has ${cell.clientWidth}`);
      if (cell.scrollHeight > cell.clientHeight + 1) problems.push(`${where}: ${name(cell)} needs ${cell.scrollHeight} px high, has ${cell.clientHeight}`);
      for (const inner of cell.querySelectorAll<HTMLElement>("*")) {
        const style = getComputedStyle(inner);
        if (style.overflowX === "visible" && style.overflowY === "visible" && style.textOverflow !== "ellipsis") continue;
        if (visuallyHidden(inner)) continue;
        if (inner.scrollWidth > inner.clientWidth + 1 || inner.scrollHeight > inner.clientHeight + 1) {
          problems.push(`${where}: ${name(cell)} clips its ${inner.tagName.toLowerCase()} (${inner.scrollWidth}×${inner.scrollHeight} px in ${inner.clientWidth}×${inner.clientHeight})`);
        }
      }
    }
    // The tables have not been scrolled: a sticky cell covering another one here hides it for good.
    const isSticky = (cell: Element) => getComputedStyle(cell).position === "sticky";
    const sticky = cells.filter(isSticky);
    const others = cells.filter((cell) => !isSticky(cell));
    for (const cover of sticky) {
      const a = cover.getBoundingClientRect();
      for (const cell of others) {
        const b = cell.getBoundingClientRect();
        const across = Math.min(a.right, b.right) - Math.max(a.left, b.left);
        const down = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
        if (across > 1 && down > 1) problems.push(`${where}: the sticky ${name(cover)} covers ${name(cell)}`);
      }
    }
  });
  return problems;
}

/** The table problems of every URL, two tabs at a time. */
function check(page: Page, urls: string[]): Promise<string[]> {
  return checkInTabs(page, urls, (tab) => tab.evaluate(tableProblems, WIDTH));
}

test.describe("tables on a 390 px phone", () => {
  let ids: Ids;
  test.beforeAll(async () => {
    ids = await loadIds();
  });

  for (const locale of routing.locales) {
    test(`no table cell is cut off on any page type in ${locale} @phone`, async ({ page }) => {
      test.setTimeout(180_000);
      const paths = new Set(PUBLIC_PAGES.flatMap((url) => withTableDisplay(url(ids))));
      const urls = [...paths].map((path) => localePath(locale, path));
      const found = await check(page, urls);
      expect(found, "cells cut off at 390 px (page: table: cell — what)").toEqual([]);
    });
  }
});
