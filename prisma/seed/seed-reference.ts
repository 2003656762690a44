/** Regions, countries and national indicators (real values, each series with its source). */
import type { Transaction } from "./transaction";
import type { SeedData } from "./seed-data";
import { ensureSources, linksDiffer } from "./seed-sources";

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
  for (const { sources, ...indicator } of data.indicators) {
    await tx.indicator.upsert({ where: { code: indicator.code }, create: indicator, update: indicator });
    // Where the series is published: a readable citation (the raw provenance stays in SOURCES.md).
    const ids = [...(await ensureSources(tx, sources)).values()];
    const current = await tx.indicatorSource.findMany({ where: { indicatorCode: indicator.code }, orderBy: { position: "asc" }, select: { sourceId: true } });
    if (linksDiffer(current, ids)) {
      await tx.indicatorSource.deleteMany({ where: { indicatorCode: indicator.code } });
      await tx.indicatorSource.createMany({ data: ids.map((sourceId, i) => ({ indicatorCode: indicator.code, sourceId, position: i + 1 })) });
    }
  }
  await tx.indicatorValue.createMany({
    data: data.indicatorValues.map((row) => ({
      countryIso3: row.country_iso3,
      indicatorCode: row.indicator_code,
      year: row.year,
      value: row.value,
    })),
    skipDuplicates: true,
  });
}
