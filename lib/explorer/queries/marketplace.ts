import "server-only";
import { getDb } from "@/lib/core/db";
import { MarketplaceSlugSchema } from "@/lib/explorer/schemas/marketplace";

/** The marketplace an address names, or null (also for a path that cannot be a slug, e.g. one with NUL). */
export async function getMarketplaceBySlug(slug: string) {
  if (!MarketplaceSlugSchema.safeParse(slug).success) return null;
  return getDb().marketplace.findUnique({
    where: { slug },
    include: { country: { select: { iso3: true, nameEn: true, nameEs: true, regionCode: true, isFealacMember: true } } },
  });
}

export interface MonthlyGrowthRow {
  month: string;
  visits: number;
  /** Growth on the previous month and on the same month a year before; null where that month has no data. */
  mom: number | null;
  yoy: number | null;
}

/** A marketplace's monthly series with month-on-month and year-on-year growth, computed in SQL. */
export async function getMonthlyGrowth(marketplaceId: number): Promise<MonthlyGrowthRow[]> {
  return getDb().$queryRaw<MonthlyGrowthRow[]>`
    SELECT to_char(t.month, 'YYYY-MM-DD') AS month, t.visits::float8 AS visits,
           (t.visits::float8 / nullif(prev.visits, 0) - 1)::float8 AS mom,
           (t.visits::float8 / nullif(last_year.visits, 0) - 1)::float8 AS yoy
    FROM traffic_monthly t
    LEFT JOIN traffic_monthly prev ON prev.marketplace_id = t.marketplace_id AND prev.month = (t.month - interval '1 month')::date
    LEFT JOIN traffic_monthly last_year ON last_year.marketplace_id = t.marketplace_id AND last_year.month = (t.month - interval '1 year')::date
    WHERE t.marketplace_id = ${marketplaceId}
    ORDER BY t.month`;
}

export interface CountryRank {
  rank: number;
  of: number;
  year: number;
}

/** Where a marketplace ranks by visits among its country's marketplaces in a year. */
export async function getRankInCountry(marketplaceId: number, year: number): Promise<CountryRank | null> {
  const [row] = await getDb().$queryRaw<CountryRank[]>`
    WITH totals AS (
      SELECT m.id, sum(t.visits) AS visits
      FROM marketplace m JOIN traffic_monthly t ON t.marketplace_id = m.id
      WHERE m.country_iso3 = (SELECT country_iso3 FROM marketplace WHERE id = ${marketplaceId})
        AND t.month >= make_date(${year}::int, 1, 1) AND t.month < make_date(${year}::int + 1, 1, 1)
      GROUP BY m.id
    )
    SELECT rank::int, of::int, ${year}::int AS year FROM (
      SELECT id, rank() OVER (ORDER BY visits DESC) AS rank, count(*) OVER () AS of FROM totals
    ) ranked WHERE id = ${marketplaceId}`;
  return row ?? null;
}

/** Gender and age shares of one marketplace in a year (origins: getOriginShares with its id). */
export async function getMarketplaceBreakdowns(marketplaceId: number, year: number) {
  const db = getDb();
  const [gender, age] = await Promise.all([
    db.genderShare.findMany({ where: { marketplaceId, year }, orderBy: { gender: "asc" } }),
    db.ageShare.findMany({ where: { marketplaceId, year }, orderBy: { ageGroup: "asc" } }),
  ]);
  return {
    gender: gender.map((g) => ({ group: g.gender as string, share: Number(g.share) })),
    age: age.map((a) => ({ group: a.ageGroup as string, share: Number(a.share) })),
  };
}
