import type { Database } from "@/lib/core/db";

/** A complete, valid policy edit (as the form would submit it, parsed). */
export const VALID_POLICY = {
  country: "CHL",
  nameOriginal: "Programa de prueba",
  nameEn: "Test programme",
  agency: "Test agency",
  partners: null,
  launchYear: 2020,
  endYear: null,
  status: "UNKNOWN",
  instrumentTypes: ["training-capacity-building"],
  targetGroups: ["women-entrepreneurs"],
  sector: null,
  marketFocus: "CROSS_BORDER",
  pandemicResponse: null,
  description: "A fixture policy.",
  results: [{ text: "100 firms trained", year: 2021 }],
  sources: [{ title: "Test source", url: "https://example.org/source", document: null, lines: null }],
  notes: null,
};

/** The reference rows a policy needs: Chile, and two vocabulary terms each. */
export async function loadPolicyReference(db: Database): Promise<void> {
  await db.region.create({ data: { code: "LATIN_AMERICA", nameEn: "Latin America", nameEs: "América Latina", sortOrder: 2 } });
  await db.country.create({ data: { iso3: "CHL", iso2: "CL", isoNumeric: "152", nameEn: "Chile", nameEs: "Chile", regionCode: "LATIN_AMERICA", isFealacMember: true } });
  await db.instrumentType.createMany({
    data: [
      { slug: "training-capacity-building", nameEn: "Training", nameEs: "Capacitación", sortOrder: 1 },
      { slug: "financing", nameEn: "Financing", nameEs: "Financiamiento", sortOrder: 2 },
    ],
  });
  await db.targetGroup.createMany({
    data: [
      { slug: "women-entrepreneurs", nameEn: "Women entrepreneurs", nameEs: "Mujeres emprendedoras", sortOrder: 1 },
      { slug: "digital-exporters", nameEn: "Digital exporters", nameEs: "Exportadores digitales", sortOrder: 2 },
    ],
  });
}
