/**
 * The regulation coverage view (/regulations/coverage): one row per FEALAC
 * member, with, for each pillar, how many of its indicators have a sourced
 * entry, out of how many, and how many of those are verified; then the same
 * over all pillars. The page draws the economy × pillar matrix itself
 * (components/regulations/coverage-matrix.tsx) from these rows; the CSV
 * writes them with one group of columns per pillar.
 */
import "server-only";
import { csvHref } from "@/lib/core/cards/href";
import { defineCard, defineView, type CardColumn, type Locale } from "@/lib/core/cards/types";
import { COLUMNS } from "@/lib/core/columns";
import { countryName } from "@/lib/core/i18n/country-names";
import { coverageRows, verifiedShare, type RegulationCoverageRow } from "@/lib/regulations/coverage";
import { getRegulationCoverage } from "@/lib/regulations/queries/coverage";
import { getPillars, type PillarRow } from "@/lib/regulations/queries/taxonomy";

export async function resolveCoverageView({ locale }: { locale: Locale }) {
  return { locale, pillars: await getPillars() };
}
export type CoverageViewContext = Awaited<ReturnType<typeof resolveCoverageView>>;

export interface CoverageRow extends RegulationCoverageRow {
  name: string;
}

/** Members by region (the query's order), then by name in the page's language (named as the other regulation pages name them). */
async function loadRows(ctx: CoverageViewContext): Promise<CoverageRow[]> {
  const rows = coverageRows(await getRegulationCoverage()).map((r) => ({ ...r, name: countryName(r.iso3, ctx.locale) }));
  const regions = [...new Set(rows.map((r) => r.regionCode))];
  const collator = new Intl.Collator(ctx.locale);
  return rows.sort((a, b) => regions.indexOf(a.regionCode) - regions.indexOf(b.regionCode) || collator.compare(a.name, b.name));
}

const FIXED_COLUMNS: ReadonlyArray<CardColumn<CoverageRow>> = [
  { ...COLUMNS.countryIso3, value: (r) => r.iso3 },
  { ...COLUMNS.country, value: (r) => r.name },
  { ...COLUMNS.region, value: (r) => r.regionCode },
];

const TOTAL_COLUMNS: ReadonlyArray<CardColumn<CoverageRow>> = [
  { name: "sourced_indicators", type: "integer", description: "Indicators, over all pillars, with a sourced entry (status not NO_DATA and at least one source)", value: (r) => r.total.sourced },
  { name: "indicators", type: "integer", description: "Indicators over all pillars", value: (r) => r.total.indicators },
  { name: "verified_indicators", type: "integer", description: "Of the sourced indicators, those whose entry the secretariat has verified", value: (r) => r.total.verified },
  {
    name: "verified_share",
    type: "number",
    unit: "share 0-1",
    description: "verified_indicators / sourced_indicators; empty when none is sourced",
    value: (r) => {
      const share = verifiedShare(r.total);
      return share === null ? null : Number(share.toFixed(6));
    },
  },
];

function pillarColumns(pillar: PillarRow): CardColumn<CoverageRow>[] {
  const code = pillar.code.toLowerCase();
  const cell = (r: CoverageRow) => r.pillars[pillar.code] ?? { indicators: pillar.indicators, sourced: 0, verified: 0 };
  return [
    { name: `${code}_sourced_indicators`, type: "integer", description: `Indicators of pillar ${pillar.code} (${pillar.nameEn}) with a sourced entry`, value: (r) => cell(r).sourced },
    { name: `${code}_indicators`, type: "integer", description: `Indicators of pillar ${pillar.code}`, value: (r) => cell(r).indicators },
    { name: `${code}_verified_indicators`, type: "integer", description: `Of the sourced indicators of pillar ${pillar.code}, those verified by the secretariat`, value: (r) => cell(r).verified },
  ];
}

export const coverageCards = {
  economies: defineCard({
    namespace: "coverage",
    load: loadRows,
    columns: [...FIXED_COLUMNS, ...TOTAL_COLUMNS],
    columnsFor: (ctx: CoverageViewContext) => [...FIXED_COLUMNS, ...ctx.pillars.flatMap(pillarColumns), ...TOTAL_COLUMNS],
    filename: () => "fealac-regulation-coverage",
    rowKey: (r) => r.iso3,
  }),
};

export const coverageView = defineView<CoverageViewContext>({
  path: ["regulations", "coverage"],
  resolve: resolveCoverageView,
  cards: coverageCards,
  defaultCard: "economies",
});

export function coverageCsv(ctx: CoverageViewContext): string {
  return csvHref(coverageView, "economies", "", ctx.locale);
}
