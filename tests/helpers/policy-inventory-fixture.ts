/**
 * A small policy inventory whose search results, facet counts and gap matrix
 * are easy to work out by hand: seven published policies in six economies,
 * one draft and one archived policy (which the public must never see), and
 * two FEALAC members (Argentina, Thailand) without any policy.
 */
import type { Database } from "@/lib/core/db";
import { sourceKey } from "@/lib/core/sources/citation";

const COUNTRIES = [
  { iso3: "CHL", iso2: "CL", isoNumeric: "152", nameEn: "Chile", nameEs: "Chile", regionCode: "LATIN_AMERICA", isFealacMember: true },
  { iso3: "PER", iso2: "PE", isoNumeric: "604", nameEn: "Peru", nameEs: "Perú", regionCode: "LATIN_AMERICA", isFealacMember: true },
  { iso3: "MEX", iso2: "MX", isoNumeric: "484", nameEn: "Mexico", nameEs: "México", regionCode: "LATIN_AMERICA", isFealacMember: true },
  { iso3: "ARG", iso2: "AR", isoNumeric: "032", nameEn: "Argentina", nameEs: "Argentina", regionCode: "LATIN_AMERICA", isFealacMember: true },
  { iso3: "JPN", iso2: "JP", isoNumeric: "392", nameEn: "Japan", nameEs: "Japón", regionCode: "EAST_ASIA", isFealacMember: true },
  { iso3: "KOR", iso2: "KR", isoNumeric: "410", nameEn: "Republic of Korea", nameEs: "República de Corea", regionCode: "EAST_ASIA", isFealacMember: true },
  { iso3: "THA", iso2: "TH", isoNumeric: "764", nameEn: "Thailand", nameEs: "Tailandia", regionCode: "EAST_ASIA", isFealacMember: true },
  { iso3: "USA", iso2: "US", isoNumeric: "840", nameEn: "United States", nameEs: "Estados Unidos", regionCode: null, isFealacMember: false },
];

type Fixture = {
  country: string;
  nameOriginal?: string;
  nameEn: string;
  agency?: string;
  launchYear: number | null;
  sector?: "GOODS" | "SERVICES";
  marketFocus?: "DOMESTIC" | "CROSS_BORDER";
  status?: "ONGOING_AT_SOURCE" | "ENDED";
  pandemicResponse: boolean | null;
  instrumentTypes: string[];
  targetGroups: string[];
  description: string;
  workflowState?: "DRAFT" | "ARCHIVED";
  sources?: Array<{ title: string; document: string; lines: string }>;
};

export const FIXTURE_POLICIES: Fixture[] = [
  {
    country: "CHL", nameOriginal: "Coaching exportador", nameEn: "Export coaching", agency: "ProChile", launchYear: 2010,
    sector: "GOODS", marketFocus: "CROSS_BORDER", status: "ONGOING_AT_SOURCE", pandemicResponse: false,
    instrumentTypes: ["training"], targetGroups: ["digital-exporters", "women"],
    description: "Coaching for exporters selling online through marketplaces.",
    sources: [{ title: "Test document", document: "003_35b9868c0eedbceb.txt", lines: "217-244" }],
  },
  {
    country: "CHL", nameEn: "Seed grants", launchYear: 2005, status: "ENDED", pandemicResponse: null,
    instrumentTypes: ["financing"], targetGroups: ["all-msmes"], description: "Grants for new firms.",
  },
  {
    country: "PER", nameEn: "Women online", launchYear: 2015, sector: "SERVICES", marketFocus: "DOMESTIC", pandemicResponse: true,
    instrumentTypes: ["training", "portal"], targetGroups: ["women"], description: "Training women entrepreneurs to sell online.",
  },
  {
    country: "MEX", nameOriginal: "Crédito PyME", nameEn: "SME credit", launchYear: null, pandemicResponse: false,
    instrumentTypes: ["financing"], targetGroups: ["all-msmes"], description: "Loans for small firms.",
  },
  {
    country: "JPN", nameEn: "Digital export support", launchYear: 2020, marketFocus: "CROSS_BORDER", status: "ONGOING_AT_SOURCE",
    pandemicResponse: true, instrumentTypes: ["portal"], targetGroups: ["digital-exporters"],
    description: "A portal guiding firms that export online.",
  },
  {
    country: "KOR", nameEn: "Training centres", launchYear: 2008, pandemicResponse: false,
    instrumentTypes: ["training"], targetGroups: ["all-msmes"], description: "Training centres for micro firms in rural areas.",
  },
  {
    country: "USA", nameEn: "Export portal", launchYear: 2003, pandemicResponse: false,
    instrumentTypes: ["portal"], targetGroups: ["digital-exporters"], description: "Online export guidance.",
  },
  {
    country: "CHL", nameEn: "Draft export scheme", launchYear: 2021, pandemicResponse: false, workflowState: "DRAFT",
    instrumentTypes: ["training"], targetGroups: ["digital-exporters"], description: "Unpublished: exporters online.",
  },
  {
    country: "PER", nameEn: "Old export programme", launchYear: 2001, pandemicResponse: false, workflowState: "ARCHIVED",
    instrumentTypes: ["training"], targetGroups: ["digital-exporters"], description: "Archived: exporters online.",
  },
];

/** Loads the fixture; returns policy ids by English name. */
export async function loadPolicyInventoryFixture(db: Database): Promise<Record<string, number>> {
  await db.region.createMany({
    data: [
      { code: "EAST_ASIA", nameEn: "East Asia", nameEs: "Asia del Este", sortOrder: 1 },
      { code: "LATIN_AMERICA", nameEn: "Latin America", nameEs: "América Latina", sortOrder: 2 },
    ],
  });
  await db.country.createMany({ data: COUNTRIES });
  await db.instrumentType.createMany({
    data: [
      { slug: "training", nameEn: "Training", nameEs: "Capacitación", sortOrder: 1 },
      { slug: "financing", nameEn: "Financing", nameEs: "Financiamiento", sortOrder: 2 },
      { slug: "portal", nameEn: "Information portal", nameEs: "Portal de información", sortOrder: 3 },
    ],
  });
  await db.targetGroup.createMany({
    data: [
      { slug: "all-msmes", nameEn: "All MSMEs", nameEs: "Todas las mipymes", sortOrder: 1 },
      { slug: "women", nameEn: "Women entrepreneurs", nameEs: "Mujeres emprendedoras", sortOrder: 2 },
      { slug: "digital-exporters", nameEn: "Digital exporters", nameEs: "Exportadores digitales", sortOrder: 3 },
    ],
  });
  const instrument = new Map((await db.instrumentType.findMany()).map((t) => [t.slug, t.id]));
  const target = new Map((await db.targetGroup.findMany()).map((t) => [t.slug, t.id]));
  const ids: Record<string, number> = {};
  for (const [i, p] of FIXTURE_POLICIES.entries()) {
    const created = await db.policy.create({
      data: {
        slug: `fixture-${i + 1}`,
        countryIso3: p.country,
        nameOriginal: p.nameOriginal ?? p.nameEn,
        nameEn: p.nameEn,
        agency: p.agency ?? null,
        launchYear: p.launchYear,
        status: p.status ?? "UNKNOWN",
        sector: p.sector ?? null,
        marketFocus: p.marketFocus ?? null,
        pandemicResponse: p.pandemicResponse,
        description: p.description,
        workflowState: p.workflowState ?? "PUBLISHED",
        instrumentTypes: { create: p.instrumentTypes.map((s) => ({ instrumentTypeId: instrument.get(s)! })) },
        targetGroups: { create: p.targetGroups.map((s) => ({ targetGroupId: target.get(s)! })) },
        sources: {
          create: (p.sources ?? []).map((s, position) => ({
            position: position + 1,
            source: { connectOrCreate: { where: { key: sourceKey({ url: null, ...s }) }, create: { key: sourceKey({ url: null, ...s }), kind: "PROJECT_DOCUMENT", ...s } } },
          })),
        },
      },
    });
    ids[p.nameEn] = created.id;
  }
  return ids;
}
