import "server-only";
import { getDb } from "@/lib/core/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { MAX_COMPARE_ITEMS, type CompareKind } from "@/lib/explorer/view-state/compare";
import type { Granularity } from "@/lib/explorer/view-state/options";
import { periodSql } from "./scope";

// World Bank WDI codes: total population (people) and individuals using the internet (% of population).
const POPULATION = "SP.POP.TOTL";
const INTERNET_USE = "IT.NET.USER.ZS";

export interface CountryChoice {
  /** Lower-case ISO3, as in the URL. */
  key: string;
  nameEn: string;
  nameEs: string;
  regionCode: string;
  regionEn: string;
  regionEs: string;
}

export interface MarketplaceChoice {
  /** The slug, as in the URL. */
  key: string;
  name: string;
  domain: string;
  countryKey: string;
  countryEn: string;
  countryEs: string;
}

export interface CompareChoiceLists {
  countries: CountryChoice[];
  marketplaces: MarketplaceChoice[];
}

/** FEALAC members that have marketplaces, and those marketplaces: what the compare view can offer. */
export async function getCompareChoices(): Promise<CompareChoiceLists> {
  const db = getDb();
  const [countries, marketplaces] = await Promise.all([
    db.country.findMany({
      where: { isFealacMember: true, regionCode: { not: null }, marketplaces: { some: {} } },
      select: { iso3: true, nameEn: true, nameEs: true, regionCode: true, region: { select: { nameEn: true, nameEs: true } } },
      orderBy: [{ region: { sortOrder: "asc" } }, { nameEn: "asc" }],
    }),
    db.marketplace.findMany({
      where: { country: { isFealacMember: true } },
      select: { slug: true, name: true, domain: true, countryIso3: true, country: { select: { nameEn: true, nameEs: true } } },
      orderBy: [{ country: { nameEn: "asc" } }, { name: "asc" }],
    }),
  ]);
  return {
    countries: countries.map((c) => ({
      key: c.iso3.toLowerCase(),
      nameEn: c.nameEn,
      nameEs: c.nameEs,
      regionCode: c.regionCode ?? "",
      regionEn: c.region?.nameEn ?? "",
      regionEs: c.region?.nameEs ?? "",
    })),
    marketplaces: marketplaces.map((m) => ({
      key: m.slug,
      name: m.name,
      domain: m.domain,
      countryKey: m.countryIso3.toLowerCase(),
      countryEn: m.country.nameEn,
      countryEs: m.country.nameEs,
    })),
  };
}

export interface ComparePoint {
  /** Lower-case ISO3 or marketplace slug. */
  key: string;
  /** First day of the period, YYYY-MM-DD. */
  period: string;
  visits: number;
  /** Months with data in the period (fewer than the period's length means incomplete). */
  months: number;
  /**
   * Population × internet use (%) / 100 for the item's country, each from its
   * latest value at or before the period's year; null when either is missing.
   */
  internetUsers: number | null;
  populationYear: number | null;
  internetUseYear: number | null;
  /** visits / internetUsers; null when internetUsers is. */
  perInternetUser: number | null;
  /** Whether any visit counted here is generated demonstration data. */
  demo: boolean;
}

export class TooManyItemsError extends RangeError {
  constructor(count: number) {
    super(`at most ${MAX_COMPARE_ITEMS} items can be compared, got ${count}`);
    this.name = "TooManyItemsError";
  }
}

/**
 * Visits per period for each chosen country (all its marketplaces) or
 * marketplace, with the internet users of the item's country, ordered by item
 * then period. A marketplace is measured against its home country's internet users.
 */
export async function getCompareSeries(kind: CompareKind, keys: readonly string[], granularity: Granularity): Promise<ComparePoint[]> {
  if (keys.length > MAX_COMPARE_ITEMS) throw new TooManyItemsError(keys.length);
  if (keys.length === 0) return [];
  const [key, filter] =
    kind === "countries"
      ? [Prisma.sql`lower(m.country_iso3)`, Prisma.sql`m.country_iso3 IN (${Prisma.join(keys.map((k) => k.toUpperCase()))})`]
      : [Prisma.sql`m.slug`, Prisma.sql`m.slug IN (${Prisma.join([...keys])})`];
  const latest = (code: string) => Prisma.sql`
    SELECT v.value, v.year FROM indicator_value v
    WHERE v.country_iso3 = p.iso3 AND v.indicator_code = ${code} AND v.year <= extract(year FROM p.period)
    ORDER BY v.year DESC LIMIT 1`;
  // Months first, then periods, as the region series does: the month count comes for free.
  return getDb().$queryRaw<ComparePoint[]>`
    WITH per_month AS (
      SELECT ${key} AS key, m.country_iso3 AS iso3, t.month, sum(t.visits) AS visits, bool_or(t.is_demo) AS demo
      FROM traffic_monthly t
      JOIN marketplace m ON m.id = t.marketplace_id
      JOIN country c ON c.iso3 = m.country_iso3
      WHERE c.is_fealac_member AND ${filter}
      GROUP BY 1, 2, 3
    ), per_period AS (
      SELECT key, iso3, ${periodSql(granularity, Prisma.sql`month`)} AS period,
             sum(visits) AS visits, count(*) AS months, bool_or(demo) AS demo
      FROM per_month
      GROUP BY 1, 2, 3
    )
    SELECT p.key, to_char(p.period, 'YYYY-MM-DD') AS period, p.visits::float8 AS visits, p.months::int AS months,
           (pop.value * net.value / 100)::float8 AS "internetUsers",
           pop.year::int AS "populationYear", net.year::int AS "internetUseYear",
           (p.visits / nullif(pop.value * net.value / 100, 0))::float8 AS "perInternetUser",
           p.demo
    FROM per_period p
    LEFT JOIN LATERAL (${latest(POPULATION)}) pop ON true
    LEFT JOIN LATERAL (${latest(INTERNET_USE)}) net ON true
    ORDER BY p.key, p.period`;
}

/**
 * A pair worth comparing when nothing is chosen: the item with the most visits
 * in each FEALAC region (the East Asia – Latin America pairing the forum is about).
 */
export async function getSuggestedPair(kind: CompareKind): Promise<string[]> {
  const key = kind === "countries" ? Prisma.sql`lower(m.country_iso3)` : Prisma.sql`m.slug`;
  const rows = await getDb().$queryRaw<Array<{ key: string }>>`
    SELECT key FROM (
      SELECT DISTINCT ON (c.region_code) ${key} AS key, c.region_code
      FROM traffic_monthly t
      JOIN marketplace m ON m.id = t.marketplace_id
      JOIN country c ON c.iso3 = m.country_iso3
      WHERE c.is_fealac_member AND c.region_code IS NOT NULL
      GROUP BY 1, c.region_code
      ORDER BY c.region_code, sum(t.visits) DESC
    ) best
    ORDER BY region_code`;
  return rows.map((r) => r.key);
}
