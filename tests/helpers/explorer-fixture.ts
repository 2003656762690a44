/**
 * A small traffic dataset whose aggregates are easy to compute by hand.
 * Monthly visits are constant within a year, so annual totals are 12 × the monthly value.
 */
import type { Database } from "@/lib/core/db";

const COUNTRIES = [
  { iso3: "CHL", iso2: "CL", isoNumeric: "152", nameEn: "Chile", nameEs: "Chile", regionCode: "LATIN_AMERICA", isFealacMember: true },
  { iso3: "ARG", iso2: "AR", isoNumeric: "032", nameEn: "Argentina", nameEs: "Argentina", regionCode: "LATIN_AMERICA", isFealacMember: true },
  { iso3: "JPN", iso2: "JP", isoNumeric: "392", nameEn: "Japan", nameEs: "Japón", regionCode: "EAST_ASIA", isFealacMember: true },
  { iso3: "KOR", iso2: "KR", isoNumeric: "410", nameEn: "Republic of Korea", nameEs: "República de Corea", regionCode: "EAST_ASIA", isFealacMember: true },
  { iso3: "USA", iso2: "US", isoNumeric: "840", nameEn: "United States", nameEs: "Estados Unidos", regionCode: null, isFealacMember: false },
];

/** marketplace → { year → visits per month } */
export const FIXTURE_TRAFFIC = {
  "a.example.cl": { country: "CHL", perMonth: { 2023: 100, 2024: 150 } },
  "b.example.cl": { country: "CHL", perMonth: { 2023: 50, 2024: 50 } },
  "c.example.jp": { country: "JPN", perMonth: { 2023: 100, 2024: 200 } },
  "d.example.jp": { country: "JPN", perMonth: { 2024: 50 } },
} as const;

/** 2024 origin shares; d.example.jp has none. */
const ORIGINS_2024: Record<string, Array<[string, number]>> = {
  "a.example.cl": [["CHL", 0.8], ["ARG", 0.1], ["JPN", 0.05], ["USA", 0.05]],
  "b.example.cl": [["CHL", 1]],
  "c.example.jp": [["JPN", 0.5], ["KOR", 0.2], ["CHL", 0.2], ["OTHER", 0.1]],
};

/** 2024 gender shares (female, male). */
const FEMALE_2024: Record<string, number> = { "a.example.cl": 0.6, "c.example.jp": 0.3 };

export async function loadExplorerFixture(db: Database): Promise<void> {
  await db.region.createMany({
    data: [
      { code: "EAST_ASIA", nameEn: "East Asia", nameEs: "Asia del Este", sortOrder: 1 },
      { code: "LATIN_AMERICA", nameEn: "Latin America", nameEs: "América Latina", sortOrder: 2 },
    ],
  });
  await db.country.createMany({ data: COUNTRIES });
  for (const [domain, spec] of Object.entries(FIXTURE_TRAFFIC)) {
    const { id } = await db.marketplace.create({
      data: { domain, name: domain.split(".")[0].toUpperCase(), slug: domain.replace(/\./g, "-"), countryIso3: spec.country, category: "GENERAL" },
    });
    const rows = Object.entries(spec.perMonth).flatMap(([year, visits]) =>
      Array.from({ length: 12 }, (_, m) => ({
        marketplaceId: id,
        month: new Date(Date.UTC(Number(year), m, 1)),
        visits: BigInt(visits),
        source: "fixture",
        isDemo: false,
      })),
    );
    await db.trafficMonthly.createMany({ data: rows });
    const female = FEMALE_2024[domain];
    if (female !== undefined) {
      await db.genderShare.createMany({
        data: [
          { marketplaceId: id, year: 2024, gender: "FEMALE", share: female, source: "fixture", isDemo: false },
          { marketplaceId: id, year: 2024, gender: "MALE", share: 1 - female, source: "fixture", isDemo: false },
        ],
      });
    }
    await db.originShare.createMany({
      data: (ORIGINS_2024[domain] ?? []).map(([origin, share]) => ({ marketplaceId: id, year: 2024, origin, share, source: "fixture", isDemo: false })),
    });
  }
}

/** The fixture indicator's citation, and the one line of text a CSV gives it. */
export const INDICATOR_FIXTURE_SOURCE = {
  key: "series:IT.NET.USER.ZS",
  publisher: "World Bank",
  title: "World Development Indicators: Internet users",
  url: "https://data.worldbank.org/indicator/IT.NET.USER.ZS",
  kind: "DATASET" as const,
};
export const INDICATOR_FIXTURE_CITATION = "World Bank, World Development Indicators: Internet users <https://data.worldbank.org/indicator/IT.NET.USER.ZS>";

export async function loadIndicatorFixture(db: Database): Promise<void> {
  await db.indicator.create({
    data: {
      code: "IT.NET.USER.ZS", nameEn: "Internet users", nameEs: "Usuarios de Internet", unitEn: "%", unitEs: "%", publisher: "ITU", sortOrder: 1,
      sources: { create: [{ position: 1, source: { create: INDICATOR_FIXTURE_SOURCE } }] },
    },
  });
  await db.indicatorValue.createMany({
    data: [
      { countryIso3: "CHL", indicatorCode: "IT.NET.USER.ZS", year: 2021, value: 88.3 },
      { countryIso3: "CHL", indicatorCode: "IT.NET.USER.ZS", year: 2023, value: 94.5 },
    ],
  });
}
