import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { RegionCode } from "@/lib/core/regions";
import type { Granularity } from "@/lib/explorer/view-state/options";

/** Marketplace characteristics to keep; a marketplace whose value is unknown is left out. */
export interface CharacteristicFilter {
  sector?: "GOODS" | "SERVICES";
  model?: "B2C" | "C2C";
  transactional?: boolean;
  foreignSellers?: boolean;
  logistics?: boolean;
  payments?: boolean;
}

/** Which marketplaces a query covers: a region, a country, or explicit ids, narrowed by characteristics. */
export interface Scope {
  region?: RegionCode | null;
  country?: string;
  marketplaceIds?: number[];
  characteristics?: CharacteristicFilter;
}

/** SQL condition on aliases m (marketplace) and c (country). */
export function scopeSql(scope: Scope): Prisma.Sql {
  const parts: Prisma.Sql[] = [Prisma.sql`c.is_fealac_member`];
  if (scope.region) parts.push(Prisma.sql`c.region_code = ${scope.region}`);
  if (scope.country) parts.push(Prisma.sql`m.country_iso3 = ${scope.country}`);
  if (scope.marketplaceIds) {
    parts.push(scope.marketplaceIds.length ? Prisma.sql`m.id IN (${Prisma.join(scope.marketplaceIds)})` : Prisma.sql`false`);
  }
  const f = scope.characteristics ?? {};
  // "Goods" includes marketplaces of goods and services; likewise B2C includes both models.
  if (f.sector) parts.push(Prisma.sql`m.sector IN (${f.sector}::"Sector", 'BOTH'::"Sector")`);
  if (f.model) parts.push(Prisma.sql`m.business_model IN (${f.model}::"BusinessModel", 'BOTH'::"BusinessModel")`);
  if (f.transactional !== undefined) parts.push(Prisma.sql`m.transactional = ${f.transactional}`);
  if (f.foreignSellers !== undefined) parts.push(Prisma.sql`m.foreign_sellers_accepted = ${f.foreignSellers}`);
  if (f.logistics !== undefined) parts.push(Prisma.sql`m.logistics_offered = ${f.logistics}`);
  if (f.payments !== undefined) parts.push(Prisma.sql`m.payments_offered = ${f.payments}`);
  return Prisma.join(parts, " AND ");
}

/**
 * Whether a scope covers whole countries (a region, a country or every
 * member, with no marketplace ids or characteristics), so that its monthly
 * figures can be read from country_month_visits: one row per country and
 * month, kept equal to traffic_monthly by triggers.
 */
export function isWholeCountries(scope: Scope): boolean {
  const f = scope.characteristics ?? {};
  return scope.marketplaceIds === undefined && Object.values(f).every((value) => value === undefined);
}

/** SQL condition on alias c (country) for a scope of whole countries (see isWholeCountries). */
export function countryScopeSql(scope: Scope): Prisma.Sql {
  const parts: Prisma.Sql[] = [Prisma.sql`c.is_fealac_member`];
  if (scope.region) parts.push(Prisma.sql`c.region_code = ${scope.region}`);
  if (scope.country) parts.push(Prisma.sql`c.iso3 = ${scope.country}`);
  return Prisma.join(parts, " AND ");
}

/**
 * Visits in scope per month, as a subquery "per_month(month, visits)" for a
 * FROM clause: from country_month_visits for whole countries (36 rows a
 * month at most), else summed from the marketplace-months themselves.
 */
export function monthlyVisitsSql(scope: Scope): Prisma.Sql {
  if (isWholeCountries(scope)) {
    return Prisma.sql`(
      SELECT a.month, sum(a.visits) AS visits
      FROM country_month_visits a JOIN country c ON c.iso3 = a.country_iso3
      WHERE ${countryScopeSql(scope)}
      GROUP BY a.month
    ) per_month`;
  }
  return Prisma.sql`(
    SELECT t.month, sum(t.visits) AS visits
    FROM traffic_monthly t
    JOIN marketplace m ON m.id = t.marketplace_id
    JOIN country c ON c.iso3 = m.country_iso3
    WHERE ${scopeSql(scope)}
    GROUP BY t.month
  ) per_month`;
}

/** The first day of the period a month belongs to. */
export function periodSql(granularity: Granularity, column: Prisma.Sql = Prisma.sql`t.month`): Prisma.Sql {
  const unit = { month: "month", quarter: "quarter", year: "year" }[granularity];
  return Prisma.sql`date_trunc(${unit}, ${column})::date`;
}

export function yearRangeSql(year: number, column: Prisma.Sql = Prisma.sql`t.month`): Prisma.Sql {
  return Prisma.sql`${column} >= make_date(${year}::int, 1, 1) AND ${column} < make_date(${year}::int + 1, 1, 1)`;
}

/**
 * CTE "visits(id, country_iso3, region_code, visits)": each marketplace's
 * visits in a year, read from marketplace_year_visits (one row per
 * marketplace-year, kept equal to traffic_monthly's sums by triggers).
 */
export function annualVisitsCte(scope: Scope, year: number): Prisma.Sql {
  return Prisma.sql`visits AS (
    SELECT m.id, m.country_iso3, c.region_code, a.visits::float8 AS visits
    FROM marketplace_year_visits a
    JOIN marketplace m ON m.id = a.marketplace_id
    JOIN country c ON c.iso3 = m.country_iso3
    WHERE ${scopeSql(scope)} AND a.year = ${year}
  )`;
}
