import "server-only";
import { getDb } from "@/lib/core/db";
import { Iso3Schema } from "@/lib/core/regions";
import { Prisma } from "@/lib/generated/prisma/client";
import { citationsJson, type Citation } from "@/lib/core/sources/citation";
import { annualVisitsCte, scopeSql, yearRangeSql, type Scope } from "./scope";

export async function getMemberCountry(iso3: string) {
  if (!Iso3Schema.safeParse(iso3).success) return null;
  return getDb().country.findFirst({
    where: { iso3, isFealacMember: true },
    select: { iso3: true, nameEn: true, nameEs: true, regionCode: true, region: { select: { nameEn: true, nameEs: true } } },
  });
}

export interface CountryMarketplaceRow {
  id: number;
  slug: string;
  name: string;
  domain: string;
  category: string;
  visits: number;
  previousVisits: number | null;
  growth: number | null;
  /** Share of the visits of the marketplaces listed (0–1). */
  share: number;
  /** Monthly visits of the chosen year, January first (for a sparkline). */
  monthly: number[];
}

/** The marketplaces in scope ranked by visits in a year. */
export async function getMarketplaceRanking(scope: Scope, year: number): Promise<CountryMarketplaceRow[]> {
  return getDb().$queryRaw<CountryMarketplaceRow[]>`
    SELECT m.id, m.slug, m.name, m.domain, m.category::text AS category,
           sum(t.visits) FILTER (WHERE ${yearRangeSql(year)})::float8 AS visits,
           sum(t.visits) FILTER (WHERE ${yearRangeSql(year - 1)})::float8 AS "previousVisits",
           (sum(t.visits) FILTER (WHERE ${yearRangeSql(year)})
             / nullif(sum(t.visits) FILTER (WHERE ${yearRangeSql(year - 1)}), 0) - 1)::float8 AS growth,
           (sum(t.visits) FILTER (WHERE ${yearRangeSql(year)})
             / nullif(sum(sum(t.visits) FILTER (WHERE ${yearRangeSql(year)})) OVER (), 0))::float8 AS share,
           coalesce(array_agg(t.visits::float8 ORDER BY t.month) FILTER (WHERE ${yearRangeSql(year)}), '{}') AS monthly
    FROM traffic_monthly t
    JOIN marketplace m ON m.id = t.marketplace_id
    JOIN country c ON c.iso3 = m.country_iso3
    WHERE ${scopeSql(scope)} AND t.month >= make_date(${year - 1}::int, 1, 1) AND t.month < make_date(${year + 1}::int, 1, 1)
    GROUP BY m.id
    HAVING sum(t.visits) FILTER (WHERE ${yearRangeSql(year)}) IS NOT NULL
    ORDER BY visits DESC, m.name`;
}

export interface OriginRow {
  origin: string;
  /** Names when the origin is in the country table (members and flagged non-members). */
  nameEn: string | null;
  nameEs: string | null;
  /** Region of the origin country when it is a FEALAC member, else null ("OTHER" and non-members). */
  region: string | null;
  share: number;
}

/** Visitor origins for the marketplaces in scope in a year, weighted by their visits, largest first. */
export async function getOriginShares(scope: Scope, year: number): Promise<OriginRow[]> {
  return getDb().$queryRaw<OriginRow[]>`
    WITH ${annualVisitsCte(scope, year)}
    SELECT o.origin, oc.name_en AS "nameEn", oc.name_es AS "nameEs",
           CASE WHEN oc.is_fealac_member THEN oc.region_code END AS region,
           (sum(v.visits * o.share::float8) / sum(sum(v.visits * o.share::float8)) OVER ())::float8 AS share
    FROM visits v
    JOIN origin_share o ON o.marketplace_id = v.id AND o.year = ${year}
    LEFT JOIN country oc ON oc.iso3 = o.origin
    GROUP BY o.origin, oc.name_en, oc.name_es, oc.is_fealac_member, oc.region_code
    ORDER BY share DESC, o.origin`;
}

export interface ProfileRow {
  group: string;
  share: number;
}

/** Visit-weighted gender or age profile of the marketplaces in scope in a year. */
export async function getVisitorProfile(scope: Scope, year: number, kind: "gender" | "age"): Promise<ProfileRow[]> {
  const [table, column] = kind === "gender" ? [Prisma.sql`gender_share`, Prisma.sql`gender`] : [Prisma.sql`age_share`, Prisma.sql`age_group`];
  return getDb().$queryRaw<ProfileRow[]>`
    WITH ${annualVisitsCte(scope, year)}
    SELECT p.${column}::text AS "group",
           (sum(v.visits * p.share::float8) / sum(sum(v.visits * p.share::float8)) OVER ())::float8 AS share
    FROM visits v JOIN ${table} p ON p.marketplace_id = v.id AND p.year = ${year}
    GROUP BY p.${column} ORDER BY p.${column}`;
}

export interface CountryIndicatorRow {
  code: string;
  nameEn: string;
  nameEs: string;
  unitEn: string;
  unitEs: string;
  year: number;
  value: number;
  /** Where the series is published (every value of the series shares them). */
  sources: Citation[];
}

/** Each indicator's latest value for a country, with its year and source. */
export async function getLatestIndicators(iso3: string): Promise<CountryIndicatorRow[]> {
  return getDb().$queryRaw<CountryIndicatorRow[]>`
    SELECT DISTINCT ON (i.sort_order) i.code, i.name_en AS "nameEn", i.name_es AS "nameEs",
           i.unit_en AS "unitEn", i.unit_es AS "unitEs", v.year::int AS year, v.value,
           ${citationsJson("indicator_source", "indicator_code", Prisma.sql`i.code`)} AS sources
    FROM indicator i JOIN indicator_value v ON v.indicator_code = i.code AND v.country_iso3 = ${iso3}
    ORDER BY i.sort_order, v.year DESC`;
}

export interface TrafficSources {
  /** Where the economy's traffic figures come from ("demonstration" for generated rows), in name order. */
  sources: string[];
  /** The latest month with traffic (ISO date of its first day), or null when there is none. */
  latestMonth: string | null;
}

/** The sources and the latest month of the traffic of an economy's marketplaces (the country brief cites them). */
export async function getTrafficSources(iso3: string): Promise<TrafficSources> {
  const [row] = await getDb().$queryRaw<Array<{ sources: string[] | null; latestMonth: string | null }>>`
    SELECT (SELECT array_agg(DISTINCT s ORDER BY s) FROM country_month_visits a, unnest(a.sources) AS s WHERE a.country_iso3 = ${iso3}) AS sources,
           (SELECT to_char(max(month), 'YYYY-MM-DD') FROM country_month_visits WHERE country_iso3 = ${iso3}) AS "latestMonth"`;
  return { sources: row?.sources ?? [], latestMonth: row?.latestMonth ?? null };
}
