/**
 * Accessibility: axe-core on every page type in every locale (WCAG 2.0, 2.1
 * and 2.2 A and AA, target size included), zero violations. One browser
 * context per locale walks the list in two tabs at once; add a new page type
 * to PUBLIC_PAGES or STAFF_PAGES. Locales come from the routing config, so a new locale is
 * checked without touching this file.
 */
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { routing } from "@/i18n/routing";
import { ADMIN_EMAIL, resetStaff, signInAs, withDatabase } from "@/e2e/helpers/staff";

const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/** Ids of records the detail pages need, read from the test database. */
interface Ids {
  policy: string;
  marketplace: string;
  entry: string;
  run: string | null;
}

/** Every public page type, without the locale prefix. */
const PUBLIC_PAGES: ReadonlyArray<(ids: Ids) => string> = [
  () => "/",
  () => "/explorer",
  () => "/explorer?display=table",
  () => "/explorer/country/chl",
  (ids) => `/explorer/marketplace/${ids.marketplace}`,
  () => "/explorer/compare?countries=chl,jpn",
  () => "/explorer/corridor",
  () => "/explorer/determinants",
  () => "/regulations",
  () => "/regulations/economy/chl",
  () => "/regulations/pillar/p07",
  () => "/regulations/compare?economies=chl,jpn",
  () => "/regulations/similarity",
  () => "/regulations/what-if?economy=CHL&set=P03.1:0,P07.1:1",
  () => "/regulations/paths?economy=CHL&to=east-asia",
  () => "/regulations/search?q=consumer",
  () => "/regulations/indicators",
  () => "/regulations/coverage",
  (ids) => `/regulations/suggest/${ids.entry}`,
  () => "/policies",
  (ids) => `/policies/${ids.policy}`,
  () => "/policies/country/chl",
  () => "/policies/gaps",
  () => "/policies/coverage",
  () => "/downloads",
  () => "/downloads/api",
  () => "/sign-in",
  () => "/no-such-page",
];

/** Staff pages, checked signed in as an admin. */
const STAFF_PAGES: ReadonlyArray<(ids: Ids) => string | null> = [
  () => "/admin",
  () => "/admin/users",
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

async function loadIds(): Promise<Ids> {
  return withDatabase(async (db) => {
    const one = async (sql: string) => (await db.query<{ id: string }>(sql)).rows[0]?.id ?? null;
    const policy = await one(`SELECT id::text AS id FROM policy WHERE workflow_state = 'PUBLISHED' ORDER BY id LIMIT 1`);
    const marketplace = await one(`SELECT slug AS id FROM marketplace ORDER BY id LIMIT 1`);
    const entry = await one(`SELECT id::text AS id FROM regulation_entry ORDER BY id LIMIT 1`);
    const run = await one(`SELECT id::text AS id FROM ingestion_run ORDER BY id LIMIT 1`);
    if (!policy || !marketplace || !entry) throw new Error("the test database has no published policy, marketplace or regulation entry");
    return { policy, marketplace, entry, run };
  });
}

/** The page's violations, one line each: rule, impact and the elements it names. */
async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page })
    .options({
      runOnly: { type: "tag", values: WCAG_TAGS },
      // Target size (2.5.8) and label in name (2.5.3) are named outright: axe ships the latter as experimental.
      rules: { "target-size": { enabled: true }, "label-content-name-mismatch": { enabled: true } },
    })
    .analyze();
  return result.violations.flatMap((v) =>
    v.nodes.slice(0, 5).map((n) => `${v.id} (${v.impact}): ${n.target.join(" ")} — ${v.help}`).concat(v.nodes.length > 5 ? [`${v.id}: … and ${v.nodes.length - 5} more`] : []),
  );
}

/** Pages checked at once: each in its own tab (its own renderer process), so both cores work. */
const LANES = 2;

/** Runs axe on every URL, LANES tabs of the page's context at a time; the violations, each line prefixed with its URL. */
async function check(page: Page, urls: string[]): Promise<string[]> {
  const tabs = [page, ...(await Promise.all(Array.from({ length: LANES - 1 }, () => page.context().newPage())))];
  const queue = [...urls];
  const found: string[] = [];
  await Promise.all(
    tabs.map(async (tab) => {
      for (let url = queue.shift(); url !== undefined; url = queue.shift()) {
        await tab.goto(url);
        await tab.waitForLoadState("networkidle");
        for (const line of await violations(tab)) found.push(`${url}: ${line}`);
      }
    }),
  );
  await Promise.all(tabs.slice(1).map((tab) => tab.close()));
  return found.sort();
}

test.describe("accessibility (axe-core, WCAG 2.2 A and AA)", () => {
  let ids: Ids;
  test.beforeAll(async () => {
    ids = await loadIds();
    await resetStaff();
  });

  for (const locale of routing.locales) {
    test(`every page type in ${locale} has no violations`, async ({ page }) => {
      test.setTimeout(300_000);
      const started = Date.now();
      const publicUrls = PUBLIC_PAGES.map((url) => `/${locale}${url(ids)}`.replace(/\/$/, ""));
      const found = await check(page, publicUrls);
      await signInAs(page, ADMIN_EMAIL, `/${locale}/admin`);
      const staffUrls = STAFF_PAGES.map((url) => url(ids)).filter((u): u is string => u !== null).map((u) => `/${locale}${u}`);
      found.push(...(await check(page, staffUrls)));
      console.log(`axe: ${publicUrls.length + staffUrls.length} pages in ${locale} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
      expect(found, "axe violations (page: rule (impact): target — help)").toEqual([]);
    });
  }
});
