import "server-only";
import { getDb } from "@/lib/core/db";

export interface MemberCountry {
  iso3: string;
  nameEn: string;
  nameEs: string;
  regionCode: "EAST_ASIA" | "LATIN_AMERICA";
}

/** FEALAC members of a region (or of both), with their names. */
export async function getMemberCountries(region?: "EAST_ASIA" | "LATIN_AMERICA"): Promise<MemberCountry[]> {
  const rows = await getDb().country.findMany({
    where: { isFealacMember: true, ...(region ? { regionCode: region } : { regionCode: { not: null } }) },
    select: { iso3: true, nameEn: true, nameEs: true, regionCode: true },
    orderBy: { nameEn: "asc" },
  });
  return rows.map((r) => ({ ...r, regionCode: r.regionCode as MemberCountry["regionCode"] }));
}
