/**
 * The policy coverage view (/policies/coverage): for every FEALAC member, its
 * published measures, how many are verified and how many are from public
 * sources not yet reviewed, then the count per instrument type (one card)
 * or per target group (the other); a measure of several kinds counts in each.
 */
import "server-only";
import { csvHref } from "@/lib/core/cards/href";
import { defineCard, defineView, type CardColumn, type Locale } from "@/lib/core/cards/types";
import { COLUMNS } from "@/lib/core/columns";
import { localizedName } from "@/lib/core/i18n/localized";
import { getPolicyReviewCounts } from "@/lib/policies/queries/coverage";
import { getGapMatrix, type GapDimension, type GapRow } from "@/lib/policies/queries/gaps";
import { getPolicyVocabularies } from "@/lib/policies/queries/vocabularies";

export async function resolvePolicyCoverage({ locale }: { locale: Locale }) {
  return { locale, vocabularies: await getPolicyVocabularies() };
}
export type PolicyCoverageContext = Awaited<ReturnType<typeof resolvePolicyCoverage>>;

export interface PolicyCoverageRow extends GapRow {
  name: string;
  verified: number;
  publicSources: number;
}

const FIXED_COLUMNS: ReadonlyArray<CardColumn<PolicyCoverageRow>> = [
  { ...COLUMNS.countryIso3, value: (r) => r.iso3 },
  { ...COLUMNS.country, value: (r) => r.name, label: "economy", href: (r) => `/policies/country/${r.iso3.toLowerCase()}`, rowHeader: true },
  { ...COLUMNS.region, value: (r) => r.regionCode },
  { name: "published_policies", type: "integer", description: "Published measures of the economy, each counted once", value: (r) => r.total, label: "measures", format: "integer" },
  { name: "verified_policies", type: "integer", description: "Of those, measures verified by the secretariat", value: (r) => r.verified, label: "verifiedCol", format: "integer" },
  {
    name: "public_sources_unreviewed",
    type: "integer",
    description: "Of those, measures compiled from public sources only and not yet reviewed by the secretariat",
    value: (r) => r.publicSources,
    label: "publicSourcesCol",
    format: "integer",
  },
];

function coverageCard(dimension: GapDimension) {
  const kind = dimension === "instrument" ? "instrument type" : "target group";
  const termsOf = (ctx: PolicyCoverageContext) => (dimension === "instrument" ? ctx.vocabularies.instrumentTypes : ctx.vocabularies.targetGroups);
  return defineCard({
    namespace: "coverage",
    async load(ctx: PolicyCoverageContext): Promise<PolicyCoverageRow[]> {
      const [rows, review] = await Promise.all([getGapMatrix(dimension, { region: null, locale: ctx.locale }), getPolicyReviewCounts()]);
      return rows.map((r) => ({ ...r, name: localizedName(r, ctx.locale), verified: review.get(r.iso3)?.verified ?? 0, publicSources: review.get(r.iso3)?.publicSources ?? 0 }));
    },
    columns: FIXED_COLUMNS,
    columnsFor: (ctx) => [
      ...FIXED_COLUMNS,
      ...termsOf(ctx).map(
        (term): CardColumn<PolicyCoverageRow> => ({
          name: term.slug,
          type: "integer",
          description: `Published measures of the ${kind} "${term.nameEn}"`,
          value: (r) => r.counts[term.slug] ?? 0,
          // The header is the term's name; the label only marks the column as shown.
          label: dimension === "instrument" ? "byInstrument" : "byTarget",
          header: ({ locale }) => localizedName(term, locale),
          format: "integer",
        }),
      ),
    ],
    filename: () => `fealac-msme-policy-coverage-${dimension}`,
    rowKey: (r) => r.iso3,
  });
}

export const policyCoverageCards = {
  instrument: coverageCard("instrument"),
  target: coverageCard("target"),
} satisfies Record<GapDimension, unknown>;

export const policyCoverageView = defineView<PolicyCoverageContext>({
  path: ["policies", "coverage"],
  resolve: resolvePolicyCoverage,
  cards: policyCoverageCards,
  defaultCard: "instrument",
});

export function policyCoverageCsv(ctx: PolicyCoverageContext, card: keyof typeof policyCoverageCards): string {
  return csvHref(policyCoverageView, card, "", ctx.locale);
}
