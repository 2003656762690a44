/**
 * Accessibility: axe-core on every page type in every locale (WCAG 2.0, 2.1
 * and 2.2 A and AA, target size included), zero violations. One browser
 * context per locale walks the list in two tabs at once; add a new page type
 * to PUBLIC_PAGES (e2e/helpers/pages.ts) or STAFF_PAGES. Locales come from
 * the routing config, so a new locale is checked without touching this file.
 */
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { routing } from "@/i18n/routing";
import { checkInTabs, loadIds, localePath, PUBLIC_PAGES, type Ids } from "@/e2e/helpers/pages";
import { ADMIN_EMAIL, FOCAL_EMAIL, resetStaff, signInAs } from "@/e2e/helpers/staff";

const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/** A focal point's pages, checked signed in as one (Chile's). */
const FOCAL_PAGES: ReadonlyArray<(ids: Ids) => string> = [() => "/focal", (ids) => `/focal/entries/${ids.focalEntry}`, () => "/focal/policies/new"];

/** Staff pages, checked signed in as an admin. */
const STAFF_PAGES: ReadonlyArray<(ids: Ids) => string | null> = [
  () => "/admin",
  () => "/admin/users",
  () => "/admin/proposals",
  () => "/admin/verify",
  () => "/admin/vocabularies",
  () => "/admin/ingestion",
  (ids) => (ids.run ? `/admin/ingestion/${ids.run}` : null),
  () => "/admin/policies",
  () => "/admin/policies/new",
  (ids) => `/admin/policies/${ids.policy}`,
  (ids) => `/admin/policies/${ids.policy}/history`,
  () => "/admin/regulations",
  () => "/admin/regulations/suggestions",
  (ids) => `/admin/regulations/entries/${ids.entry}`,
  (ids) => `/admin/regulations/entries/${ids.entry}/history`,
];

/** The page's violations, one line each: rule, impact and the elements it names. */
async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page })
    .options({
      runOnly: { type: "tag", values: WCAG_TAGS },
      // Target size (2.5.8) and label in name (2.5.3) are named outright: axe ships the latter as experimental.
      rules: { "target-size": { enabled: true }, "label-content-name-mismatch": { enabled: true } },
      // Only violations are read: axe then skips describing every passing element (a quarter of its time on large pages).
      resultTypes: ["violations"],
    })
    .analyze();
  return result.violations.flatMap((v) =>
    v.nodes.slice(0, 5).map((n) => `${v.id} (${v.impact}): ${n.target.join(" ")} — ${v.help}`).concat(v.nodes.length > 5 ? [`${v.id}: … and ${v.nodes.length - 5} more`] : []),
  );
}

/** Axe on every URL, two tabs at a time, after the page's late requests (lazy charts) have settled. */
function check(page: Page, urls: string[]): Promise<string[]> {
  return checkInTabs(page, urls, async (tab) => {
    await tab.waitForLoadState("networkidle");
    return violations(tab);
  });
}

test.describe("accessibility (axe-core, WCAG 2.2 A and AA)", () => {
  let ids: Ids;
  test.beforeAll(async () => {
    ids = await loadIds();
    await resetStaff();
  });

  for (const locale of routing.locales) {
    test(`every page type in ${locale} has no violations`, async ({ page, browser }) => {
      test.setTimeout(300_000);
      const started = Date.now();
      const publicUrls = PUBLIC_PAGES.map((url) => localePath(locale, url(ids)));
      const found = await check(page, publicUrls);
      await signInAs(page, ADMIN_EMAIL, `/${locale}/admin`);
      const staffUrls = STAFF_PAGES.map((url) => url(ids)).filter((u): u is string => u !== null).map((u) => `/${locale}${u}`);
      found.push(...(await check(page, staffUrls)));
      const focalContext = await browser.newContext();
      const focal = await focalContext.newPage();
      await signInAs(focal, FOCAL_EMAIL, `/${locale}/focal`);
      const focalUrls = FOCAL_PAGES.map((url) => `/${locale}${url(ids)}`);
      found.push(...(await check(focal, focalUrls)));
      await focalContext.close();
      console.log(`axe: ${publicUrls.length + staffUrls.length + focalUrls.length} pages in ${locale} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
      expect(found, "axe violations (page: rule (impact): target — help)").toEqual([]);
    });
  }
});
