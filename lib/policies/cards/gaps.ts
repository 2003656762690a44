/**
 * The gap analysis's two matrices (/policies/gaps), economy × instrument type
 * and economy × target group, as CSVs: one row per economy as the page lists
 * it (same region, empty-row choice and benchmarked economy), its count of
 * published policies, then one column per term (by slug) with the count of
 * published policies of that kind. A policy of several kinds counts in each.
 * The page draws the matrices itself (a 2-D matrix, not a list of rows), so
 * no column has a label.
 */
import "server-only";
import { defineCard, defineView, type CardColumn, type Locale } from "@/lib/core/cards/types";
import { COLUMNS } from "@/lib/core/columns";
import { localizedName } from "@/lib/core/i18n/localized";
import type { SearchParams } from "@/lib/core/url-state";
import { getGapMatrix, type GapDimension, type GapRow } from "@/lib/policies/queries/gaps";
import { getPolicyVocabularies } from "@/lib/policies/queries/vocabularies";
import { gapScope, parseGapView } from "@/lib/policies/view-state/gaps";

/** The gap view's state, read from the query as the page reads it. */
export async function resolveGapView(search: SearchParams, locale: Locale) {
  const vocabularies = await getPolicyVocabularies();
  const members = vocabularies.economies.filter((e) => e.isFealacMember);
  const { spec, state } = parseGapView(search, members.map((e) => e.iso3.toLowerCase()));
  return { vocabularies, members, spec, state, scope: gapScope(state), locale };
}
export type GapViewContext = Awaited<ReturnType<typeof resolveGapView>>;

/** A matrix row: the economy's name in the page's language, and whether it is the one benchmarked. */
export interface GapMatrixRow extends GapRow {
  name: string;
  benchmarked: boolean;
}

const termsOf = (dimension: GapDimension, ctx: GapViewContext) =>
  dimension === "instrument" ? ctx.vocabularies.instrumentTypes : ctx.vocabularies.targetGroups;

const FIXED_COLUMNS: ReadonlyArray<CardColumn<GapMatrixRow>> = [
  { ...COLUMNS.countryIso3, value: (r) => r.iso3 },
  { ...COLUMNS.country, value: (r) => r.name },
  { ...COLUMNS.region, value: (r) => r.regionCode },
  { name: "benchmarked", type: "boolean", description: "Whether this is the economy benchmarked against its peers", value: (r) => r.benchmarked },
  { name: "published_policies", type: "integer", description: "Published policies of the economy, each counted once", value: (r) => r.total },
];

function gapCard(dimension: GapDimension) {
  const kind = dimension === "instrument" ? "instrument type" : "target group";
  return defineCard({
    namespace: "policies",
    async load(ctx: GapViewContext): Promise<GapMatrixRow[]> {
      const rows = await getGapMatrix(dimension, { ...ctx.scope, locale: ctx.locale });
      return rows.map((r) => ({ ...r, name: localizedName(r, ctx.locale), benchmarked: r.iso3 === ctx.scope.include }));
    },
    columns: FIXED_COLUMNS,
    columnsFor: (ctx) => [
      ...FIXED_COLUMNS,
      ...termsOf(dimension, ctx).map(
        (term): CardColumn<GapMatrixRow> => ({
          name: term.slug,
          type: "integer",
          description: `Published policies of the ${kind} "${term.nameEn}"`,
          value: (r) => r.counts[term.slug] ?? 0,
        }),
      ),
    ],
    filename: (ctx) => `fealac-msme-policy-gaps-${dimension}-${ctx.state.region}`,
    rowKey: (row) => row.iso3,
  });
}

/** One card per dimension, by its id in the CSV path (/api/csv/policies/gaps/<dimension>). */
export const gapCards = {
  instrument: gapCard("instrument"),
  target: gapCard("target"),
} satisfies Record<GapDimension, unknown>;

export const gapView = defineView<GapViewContext>({
  path: ["policies", "gaps"],
  resolve: ({ search, locale }) => resolveGapView(search, locale),
  cards: gapCards,
});
