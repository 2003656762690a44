import "server-only";
import { getDb } from "@/lib/core/db";

export interface HomeSummary {
  memberCount: number;
  marketplaceCount: number;
  indicatorValueCount: number;
  publishedPolicyCount: number;
  regulationIndicatorCount: number;
  /** Latest month with traffic, and whether any traffic shown is generated. */
  latestTrafficMonth: Date | null;
  trafficIsDemo: boolean;
  regions: Array<{
    code: string;
    nameEn: string;
    nameEs: string;
    countries: Array<{ iso3: string; nameEn: string; nameEs: string; marketplaceCount: number }>;
  }>;
}

export async function getHomeSummary(): Promise<HomeSummary> {
  const db = getDb();
  const [regions, marketplaceCount, indicatorValueCount, publishedPolicyCount, regulationIndicatorCount, traffic, demoRow] =
    await Promise.all([
      db.region.findMany({
        orderBy: { sortOrder: "asc" },
        include: {
          countries: {
            where: { isFealacMember: true },
            orderBy: { nameEn: "asc" },
            select: { iso3: true, nameEn: true, nameEs: true, _count: { select: { marketplaces: true } } },
          },
        },
      }),
      db.marketplace.count(),
      db.indicatorValue.count(),
      db.policy.count({ where: { workflowState: "PUBLISHED" } }),
      db.regulationIndicator.count(),
      db.trafficMonthly.aggregate({ _max: { month: true } }),
      db.trafficMonthly.findFirst({ where: { isDemo: true }, select: { id: true } }),
    ]);

  return {
    memberCount: regions.reduce((n, r) => n + r.countries.length, 0),
    marketplaceCount,
    indicatorValueCount,
    publishedPolicyCount,
    regulationIndicatorCount,
    latestTrafficMonth: traffic._max.month,
    trafficIsDemo: demoRow !== null,
    regions: regions.map((r) => ({
      code: r.code,
      nameEn: r.nameEn,
      nameEs: r.nameEs,
      countries: r.countries.map((c) => ({
        iso3: c.iso3,
        nameEn: c.nameEn,
        nameEs: c.nameEs,
        marketplaceCount: c._count.marketplaces,
      })),
    })),
  };
}

export interface HomeCoverageRegion {
  code: string;
  /** FEALAC member economies of the region. */
  members: number;
  /** Members with at least one regulation entry that has data (not "no data"). */
  withRegulation: number;
  /** Members with at least one published MSME policy measure. */
  withPolicies: number;
}

/** Regulation and policy coverage of the member economies, by region (the home page's coverage chart). */
export async function getHomeCoverage(): Promise<HomeCoverageRegion[]> {
  const db = getDb();
  const regions = await db.region.findMany({ orderBy: { sortOrder: "asc" }, select: { code: true } });
  return Promise.all(
    regions.map(async ({ code }) => {
      const member = { isFealacMember: true, regionCode: code };
      const [members, withRegulation, withPolicies] = await Promise.all([
        db.country.count({ where: member }),
        db.country.count({ where: { ...member, regulationEntries: { some: { status: { not: "NO_DATA" } } } } }),
        db.country.count({ where: { ...member, policies: { some: { workflowState: "PUBLISHED" } } } }),
      ]);
      return { code, members, withRegulation, withPolicies };
    }),
  );
}
