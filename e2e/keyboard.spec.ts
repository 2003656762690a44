/**
 * Keyboard only: one view of each database is worked with Tab, Shift+Tab,
 * Enter and Space alone — the filters are reached and operated, and a detail
 * page is opened — with a visible focus ring on what has focus. The walk runs
 * with prefers-reduced-motion: reduce, which switches CSS transitions off.
 */
import { expect, test, type Locator, type Page } from "@playwright/test";

/** Presses Tab until the target has focus (at most `limit` times); fails naming the target otherwise. */
async function tabTo(page: Page, target: Locator, limit = 150): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) {
      const outline = await target.evaluate((el) => getComputedStyle(el).outlineStyle);
      expect(outline, "a visible focus ring").not.toBe("none");
      return;
    }
    await page.keyboard.press("Tab");
  }
  throw new Error(`Tab did not reach ${target}`);
}

test("keyboard only: explorer, regulations and policies", async ({ page }) => {
  // A reader who asks for reduced motion gets no CSS transitions.
  await page.emulateMedia({ reducedMotion: "reduce" });
  // Marketplace Explorer: a region filter, then a country, then a marketplace.
  await page.goto("/en/explorer");
  const duration = await page.evaluate(() => {
    const probe = document.createElement("div");
    probe.style.transition = "opacity 2s";
    document.body.append(probe);
    const seconds = parseFloat(getComputedStyle(probe).transitionDuration);
    probe.remove();
    return seconds;
  });
  expect(duration, "transitions are off under prefers-reduced-motion").toBeLessThanOrEqual(0.001);
  await tabTo(page, page.getByRole("navigation", { name: "Region" }).getByRole("link", { name: "Latin America" }));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/region=latin-america/);
  await tabTo(page, page.getByRole("region", { name: /Countries ranked by visits/ }).getByRole("link", { name: "Chile" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Chile: e-commerce marketplaces");
  const marketplace = page.getByRole("region", { name: /Marketplaces ranked by visits/ }).getByRole("rowheader").first().getByRole("link");
  const name = (await marketplace.textContent())!;
  await tabTo(page, marketplace);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);

  // Regulation database: tick two economies with Space, compare with Enter, open a profile.
  await page.goto("/en/regulations/compare");
  await tabTo(page, page.getByRole("checkbox", { name: "Chile" }));
  await page.keyboard.press("Space");
  await tabTo(page, page.getByRole("checkbox", { name: "Japan" }));
  await page.keyboard.press("Space");
  await tabTo(page, page.getByRole("button", { name: "Compare" }));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/economies=(CHL,JPN|JPN,CHL)$/);
  await expect(page.getByRole("heading", { level: 2, name: "Indicators of Chile, Japan" })).toBeVisible();

  // MSME policy inventory: tick an economy facet with Space, open the first result with Enter.
  await page.goto("/en/policies");
  const economy = page.getByRole("group", { name: "Economy" }).getByRole("checkbox").first();
  await tabTo(page, economy);
  await page.keyboard.press("Space");
  await expect(page).toHaveURL(/economy=/);
  await expect(page.getByRole("group", { name: "Economy" }).getByRole("checkbox", { checked: true })).toHaveCount(1);
  const first = page.getByRole("region", { name: "Results" }).getByRole("heading", { level: 3 }).first().getByRole("link");
  const title = (await first.textContent())!;
  await tabTo(page, first, 300);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
});
