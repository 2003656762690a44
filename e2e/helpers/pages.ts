/**
 * The public page types, shared by the browser tests that walk every page
 * (accessibility, phone tables). Add a new page type here.
 */
import type { Page } from "@playwright/test";
import { withDatabase } from "@/e2e/helpers/staff";

/** Ids of records the detail pages need, read from the test database. */
export interface Ids {
  policy: string;
  marketplace: string;
  entry: string;
  run: string | null;
  /** An entry of the e2e focal point's economy (Chile). */
  focalEntry: string;
}

/** Every public page type, without the locale prefix. */
export const PUBLIC_PAGES: ReadonlyArray<(ids: Ids) => string> = [
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
  () => "/brief/chl",
  () => "/downloads",
  () => "/downloads/api",
  () => "/sign-in",
  () => "/no-such-page",
  // The chart-only embed routes, shown in other sites' frames.
  () => "/embed/explorer/country/chl?granularity=year",
  () => "/embed/explorer/corridor",
  () => "/embed/regulations/economy/chl",
];

/** A page with its locale prefix: `/es` for the home page, not `/es/`. */
export function localePath(locale: string, path: string): string {
  return `/${locale}${path}`.replace(/\/$/, "");
}

export async function loadIds(): Promise<Ids> {
  return withDatabase(async (db) => {
    const one = async (sql: string) => (await db.query<{ id: string }>(sql)).rows[0]?.id ?? null;
    const policy = await one(`SELECT id::text AS id FROM policy WHERE workflow_state = 'PUBLISHED' ORDER BY id LIMIT 1`);
    const marketplace = await one(`SELECT slug AS id FROM marketplace ORDER BY id LIMIT 1`);
    const entry = await one(`SELECT id::text AS id FROM regulation_entry ORDER BY id LIMIT 1`);
    const run = await one(`SELECT id::text AS id FROM ingestion_run ORDER BY id LIMIT 1`);
    const focalEntry = await one(`SELECT id::text AS id FROM regulation_entry WHERE country_iso3 = 'CHL' ORDER BY id LIMIT 1`);
    if (!policy || !marketplace || !entry || !focalEntry) throw new Error("the test database has no published policy, marketplace or regulation entry (of Chile)");
    return { policy, marketplace, entry, run, focalEntry };
  });
}

/** Pages checked at once: each in its own tab (its own renderer process), so both cores work. */
const LANES = 2;

/**
 * Opens every URL, LANES tabs of the page's context at a time, and gathers
 * what `problems` finds on each; every line is prefixed with its URL, sorted.
 */
export async function checkInTabs(page: Page, urls: readonly string[], problems: (tab: Page) => Promise<string[]>): Promise<string[]> {
  const tabs = [page, ...(await Promise.all(Array.from({ length: LANES - 1 }, () => page.context().newPage())))];
  const queue = [...urls];
  const found: string[] = [];
  await Promise.all(
    tabs.map(async (tab) => {
      for (let url = queue.shift(); url !== undefined; url = queue.shift()) {
        await tab.goto(url);
        for (const line of await problems(tab)) found.push(`${url}: ${line}`);
      }
    }),
  );
  await Promise.all(tabs.slice(1).map((tab) => tab.close()));
  return found.sort();
}
