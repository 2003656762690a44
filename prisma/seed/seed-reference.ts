/** Regions, countries and national indicators (real values with their sources). */
import type { Transaction } from "./transaction";
import type { SeedData } from "./seed-data";

export async function seedCountries(tx: Transaction, data: SeedData): Promise<void> {
  for (const region of data.regions) {
    await tx.region.upsert({ where: { code: region.code }, create: region, update: region });
  }
  for (const { region, ...country } of data.countries) {
    const row = { ...country, regionCode: region };
    await tx.country.upsert({ where: { iso3: country.iso3 }, create: row, update: row });
  }
}

export async function seedIndicators(tx: Transaction, data: SeedData): Promise<void> {
  for (const indicator of data.indicators) {
    await tx.indicator.upsert({ where: { code: indicator.code }, create: indicator, update: indicator });
  }
  await tx.indicatorValue.createMany({
    data: data.indicatorValues.map((row) => ({
      countryIso3: row.country_iso3,
      indicatorCode: row.indicator_code,
      year: row.year,
      value: row.value,
      source: row.source,
    })),
    skipDuplicates: true,
  });
}
