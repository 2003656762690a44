/**
 * "Share" on the public views (components/ui/share-link.tsx): it copies the
 * view's canonical link, query included, says so in a status message, and
 * without the Clipboard API shows the link selected in a read-only field.
 */
import { expect, test, type Page } from "@playwright/test";
import { SECTIONS } from "@/components/shell/sections";
import { loadIds, localePath, PUBLIC_PAGES } from "@/e2e/helpers/pages";

async function allowClipboard(page: Page): Promise<void> {
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(page.url()).origin });
}

const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

test("Share copies the view's link with its query, and says so @phone", async ({ page }) => {
  await page.goto("/en/explorer/compare?countries=chl,jpn");
  await allowClipboard(page);
  const share = page.getByRole("button", { name: "Share", exact: true });
  await share.click();
  await expect(page.getByRole("status").filter({ hasText: "Link copied" })).toBeVisible();
  expect(await clipboard(page)).toBe(page.url());
  expect(new URL(page.url()).searchParams.get("countries")).toBe("chl,jpn");

  // Another view of the same page: the message is gone, and the next copy has the new query.
  await page.getByRole("link", { name: "Table", exact: true }).click();
  await expect(page).toHaveURL(/display=table/);
  await expect(page.getByRole("status").filter({ hasText: "Link copied" })).toHaveCount(0);
  await share.click();
  await expect(page.getByRole("status").filter({ hasText: "Link copied" })).toBeVisible();
  const copied = new URL(await clipboard(page));
  expect(copied.href).toBe(page.url());
  expect(copied.searchParams.get("display")).toBe("table");
  expect(copied.searchParams.get("countries")).toBe("chl,jpn");
});

test("Share on a Spanish page copies the canonical link and answers in Spanish", async ({ page }) => {
  // The page redirects to its canonical query (economy codes in capitals).
  await page.goto("/es/regulations/compare?economies=chl,jpn");
  await expect(page).toHaveURL(/economies=CHL,JPN$/);
  await allowClipboard(page);
  await page.getByRole("button", { name: "Compartir", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "Enlace copiado" })).toBeVisible();
  expect(await clipboard(page)).toBe(page.url());
});

test("without the Clipboard API, Share shows the link selected in a read-only field @phone", async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, "clipboard", { get: () => undefined });
    Object.defineProperty(Navigator.prototype, "share", { get: () => undefined });
  });
  await page.goto("/en/policies/country/chl");
  await page.getByRole("button", { name: "Share", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "could not be copied automatically" })).toBeVisible();
  const field = page.getByRole("textbox", { name: "Link to this view" });
  await expect(field).toHaveValue(page.url());
  await expect(field).toHaveAttribute("readonly", "");
  await expect(field).toBeFocused();
  const selected = await field.evaluate((input: HTMLInputElement) => input.value.slice(input.selectionStart ?? 0, input.selectionEnd ?? 0));
  expect(selected).toBe(page.url());
});

test("every view of the public sections has one Share, the home and sign-in pages none", async ({ page }) => {
  test.setTimeout(120_000);
  const ids = await loadIds();
  for (const url of PUBLIC_PAGES) {
    const path = url(ids);
    const pathname = path.split("?")[0];
    const inSection = SECTIONS.some(({ href }) => pathname === href || pathname.startsWith(`${href}/`));
    await page.goto(localePath("en", path));
    // The control appears once the page runs: wait for that before counting none.
    if (!inSection) await page.waitForLoadState("networkidle");
    await expect(page.getByRole("button", { name: "Share", exact: true }), path).toHaveCount(inSection ? 1 : 0);
  }
});
