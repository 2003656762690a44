import { expect, test, type Page } from "@playwright/test";

/**
 * A keyboard-only walk through one view of each database: no mouse, only
 * Tab, Shift+Tab, Enter and Space. Each step moves the focus with Tab until
 * it reaches the control named, checks that the focus is visible (an
 * outline), and works the control from the keyboard.
 */

const MAX_TABS = 120;

/** The accessible name (roughly: aria-label, else text) of the focused element. */
async function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el) return "";
    const label = el.getAttribute("aria-label") ?? (el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : null) ?? el.closest("label")?.textContent ?? el.textContent ?? "";
    return label.replace(/\s+/g, " ").trim();
  });
}

/** Presses Tab until the focused element's name matches, and checks the focus can be seen. */
async function tabTo(page: Page, name: RegExp): Promise<void> {
  for (let i = 0; i < MAX_TABS; i++) {
    await page.keyboard.press("Tab");
    if (name.test(await focusedName(page))) {
      const outline = await page.evaluate(() => {
        const style = getComputedStyle(document.activeElement as Element);
        return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
      });
      expect(outline.style, `focus on ${name} is visible`).not.toBe("none");
      expect(outline.width, `focus on ${name} is visible`).toBeGreaterThan(0);
      return;
    }
  }
  throw new Error(`no focusable element named ${name} within ${MAX_TABS} presses of Tab (last: "${await focusedName(page)}")`);
}

test("Marketplace Explorer: skip to the content, switch to the table view, follow a country", async ({ page }) => {
  await page.goto("/en/explorer");
  await tabTo(page, /^Skip to (the )?(main )?content$/i);
  await page.keyboard.press("Enter");
  await tabTo(page, /^Table$/);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/display=table/);
  await expect(page.getByRole("table").first()).toBeVisible();
  await tabTo(page, /^Chile$/);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/en\/explorer\/country\/chl/);
});

test("Regulation database: choose two economies in the compare picker with Space, compare them with Enter", async ({ page }) => {
  await page.goto("/en/regulations/compare");
  await tabTo(page, /^Chile$/);
  await page.keyboard.press("Space");
  await tabTo(page, /^Japan$/);
  await page.keyboard.press("Space");
  await tabTo(page, /^Compare$/);
  await page.keyboard.press("Enter");
  // The picker lists East Asia first, so the form sends Japan before Chile.
  await expect(page).toHaveURL(/economies=JPN,CHL$/);
  await expect(page.getByRole("heading", { level: 2, name: "Indicators of Japan, Chile" })).toBeVisible();
});

test("MSME policy inventory: search from the keyboard and open a result", async ({ page }) => {
  await page.goto("/en/policies");
  await tabTo(page, /^Search policies/);
  await page.keyboard.type("export");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/q=export/);
  const first = page.locator(".policy-result h3 a").first();
  const name = ((await first.textContent()) ?? "").trim();
  expect(name).not.toBe("");
  await tabTo(page, new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
});
