import type { Database } from "@/lib/core/db";

type Cell = { status?: "IN_FORCE" | "PARTIAL" | "DRAFT" | "NONE" | "NO_DATA"; score: number | null; article?: string; instrumentName?: string; description?: string };

/**
 * A small regulation database whose scores and distances are worked out by
 * hand in the tests: two pillars, indicators with weights other than 1,
 * partial data, an entry with a status but no score, a NO_DATA entry, and a
 * non-member whose entries must not count.
 *
 *   P01: P01.1 w=2, P01.2 w=1, P01.3 w=0.5      P02: P02.1 w=1, P02.2 w=3
 *   ARG: 1, 0, 0.5 | 0, NO_DATA
 *   CHL: 0.5, DRAFT(no score), 1 | 1, 0.5
 *   JPN: 0, –, – | –, 1
 *   KOR: nothing
 *   USA (non-member): P01.1 = 1
 */
export const FIXTURE: Record<string, Record<string, Cell>> = {
  ARG: {
    "P01.1": { score: 1, article: "Article 14 (zymurgical exemptions)", instrumentName: "Ley de Protección de Datos" },
    "P01.2": { score: 0 },
    "P01.3": { status: "PARTIAL", score: 0.5 },
    "P02.1": { score: 0 },
    "P02.2": { status: "NO_DATA", score: null },
  },
  CHL: {
    "P01.1": { status: "PARTIAL", score: 0.5, description: "Tariffs apply to some ICT goods." },
    "P01.2": { status: "DRAFT", score: null },
    "P01.3": { status: "NONE", score: 1 },
    "P02.1": { status: "NONE", score: 1 },
    "P02.2": { status: "PARTIAL", score: 0.5 },
  },
  JPN: { "P01.1": { score: 0 }, "P02.2": { status: "NONE", score: 1 } },
  USA: { "P01.1": { status: "NONE", score: 1 } },
};

export async function loadRegulationFixture(db: Database): Promise<Record<string, number>> {
  await db.region.createMany({
    data: [
      { code: "EAST_ASIA", nameEn: "East Asia", nameEs: "Asia del Este", sortOrder: 1 },
      { code: "LATIN_AMERICA", nameEn: "Latin America", nameEs: "América Latina", sortOrder: 2 },
    ],
  });
  await db.country.createMany({
    data: [
      { iso3: "ARG", iso2: "AR", isoNumeric: "032", nameEn: "Argentina", nameEs: "Argentina", regionCode: "LATIN_AMERICA", isFealacMember: true },
      { iso3: "CHL", iso2: "CL", isoNumeric: "152", nameEn: "Chile", nameEs: "Chile", regionCode: "LATIN_AMERICA", isFealacMember: true },
      { iso3: "JPN", iso2: "JP", isoNumeric: "392", nameEn: "Japan", nameEs: "Japón", regionCode: "EAST_ASIA", isFealacMember: true },
      { iso3: "KOR", iso2: "KR", isoNumeric: "410", nameEn: "Republic of Korea", nameEs: "República de Corea", regionCode: "EAST_ASIA", isFealacMember: true },
      { iso3: "USA", iso2: "US", isoNumeric: "840", nameEn: "United States", nameEs: "Estados Unidos", regionCode: null, isFealacMember: false },
    ],
  });
  const scoring = { score0En: "open", score0Es: "abierto", scoreHalfEn: "partial", scoreHalfEs: "parcial", score1En: "closed", score1Es: "cerrado" };
  const pillars = [
    { code: "P01", number: 1, weights: [2, 1, 0.5] },
    { code: "P02", number: 2, weights: [1, 3] },
  ];
  const indicatorIds: Record<string, number> = {};
  for (const p of pillars) {
    const pillar = await db.regulationPillar.create({ data: { code: p.code, number: p.number, framework: "RDTII", nameEn: `Pillar ${p.number}`, nameEs: `Pilar ${p.number}` } });
    for (const [index, weight] of p.weights.entries()) {
      const code = `${p.code}.${index + 1}`;
      const indicator = await db.regulationIndicator.create({
        data: { code, pillarId: pillar.id, position: index + 1, nameEn: `Indicator ${code}`, nameEs: `Indicador ${code}`, weight, ...scoring },
      });
      indicatorIds[code] = indicator.id;
    }
  }
  const entryIds: Record<string, number> = {};
  for (const [iso3, cells] of Object.entries(FIXTURE)) {
    for (const [code, cell] of Object.entries(cells)) {
      const entry = await db.regulationEntry.create({
        data: {
          countryIso3: iso3,
          indicatorId: indicatorIds[code],
          status: cell.status ?? "IN_FORCE",
          score: cell.score,
          article: cell.article,
          instrumentName: cell.instrumentName,
          description: cell.description,
        },
      });
      entryIds[`${iso3} ${code}`] = entry.id;
    }
  }
  return entryIds;
}
