import "server-only";
import { getDb } from "@/lib/core/db";
import type { RegionCode } from "@/lib/core/regions";

export interface MemberCountry {
  iso3: string;
  nameEn: string;
  nameEs: string;
  regionCode: RegionCode;
}

/** FEALAC members of a region (or of both), with their names. */
export async function getMemberCountries(region?: RegionCode): Promise<MemberCountry[]> {
  const rows = await getDb().country.findMany({
    where: { isFealacMember: true, ...(region ? { regionCode: region } : { regionCode: { not: null } }) },
    select: { iso3: true, nameEn: true, nameEs: true, regionCode: true },
    orderBy: { nameEn: "asc" },
  });
  return rows.map((r) => ({ ...r, regionCode: r.regionCode as MemberCountry["regionCode"] }));
}
