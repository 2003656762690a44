import "server-only";
import { getDb } from "@/lib/core/db";

export interface IndicatorChoice {
  code: string;
  nameEn: string;
  nameEs: string;
  unitEn: string;
  unitEs: string;
  publisher: string;
}

/** Every indicator in the database, in its display order. */
export async function getIndicatorChoices(): Promise<IndicatorChoice[]> {
  return getDb().indicator.findMany({
    select: { code: true, nameEn: true, nameEs: true, unitEn: true, unitEs: true, publisher: true },
    orderBy: [{ sortOrder: "asc" }, { code: "asc" }],
  });
}

/**
 * The source of each value of an indicator up to a year, keyed "ISO3:year",
 * so that a point can name the source of exactly the value it uses.
 */
export async function getIndicatorSources(code: string, upToYear: number): Promise<Map<string, string>> {
  const rows = await getDb().indicatorValue.findMany({
    where: { indicatorCode: code, year: { lte: upToYear } },
    select: { countryIso3: true, year: true, source: true },
  });
  return new Map(rows.map((r) => [indicatorSourceKey(r.countryIso3, r.year), r.source]));
}

export function indicatorSourceKey(iso3: string, year: number): string {
  return `${iso3}:${year}`;
}
