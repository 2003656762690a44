/**
 * The similarity view (/regulations/similarity): every pair of economies with
 * a shared scored indicator. The heat-map draws them itself; its CSV (the one
 * /api/regulations/similarity has always given) lists the pairs by code, and
 * the page's list of pairs shows the same rows, closest first.
 */
import "server-only";
import { csvHref } from "@/lib/core/cards/href";
import { defineCard, defineView, type CardColumn, type ViewRequest } from "@/lib/core/cards/types";
import { countryName } from "@/lib/core/i18n/country-names";
import { MIN_OVERLAP } from "@/lib/regulations/method";
import { getPairDistances, type PairDistance } from "@/lib/regulations/queries/similarity";
import { parseSimilarityView, similarityQuery } from "@/lib/regulations/view-state";

export async function resolveSimilarityView({ search, locale }: Pick<ViewRequest, "search" | "locale">) {
  return { state: parseSimilarityView(search), locale };
}
export type SimilarityViewContext = Awaited<ReturnType<typeof resolveSimilarityView>>;

export interface PairRow extends PairDistance {
  nameA: string;
  nameB: string;
  /** Whether the overlap is enough for the distance to be shown (MIN_OVERLAP). */
  shown: boolean;
}

async function pairRows(ctx: SimilarityViewContext): Promise<PairRow[]> {
  return (await getPairDistances()).map((p) => ({
    ...p,
    nameA: countryName(p.a, ctx.locale),
    nameB: countryName(p.b, ctx.locale),
    shown: p.overlap >= MIN_OVERLAP,
  }));
}

/** Shown distances first, closest first; then the rest, largest overlap first. */
function listOrder(x: PairRow, y: PairRow): number {
  const rank = (p: PairRow) => (p.shown ? 0 : 1);
  return rank(x) - rank(y) || (x.shown ? x.distance - y.distance : 0) || y.overlap - x.overlap || x.a.localeCompare(y.a) || x.b.localeCompare(y.b);
}

const PAIR_COLUMNS: ReadonlyArray<CardColumn<PairRow>> = [
  { name: "country_a_iso3", type: "string", description: "First economy of the pair (alphabetically by code), ISO 3166-1 alpha-3", value: (p) => p.a },
  {
    name: "country_a",
    type: "string",
    description: "First economy's name (in the CSV's language)",
    value: (p) => p.nameA,
    label: "similarity.pairCol",
    display: (p) => `${p.nameA} – ${p.nameB}`,
    href: (p) => `/regulations/compare?economies=${p.a},${p.b}`,
    rowHeader: true,
  },
  { name: "country_b_iso3", type: "string", description: "Second economy of the pair, ISO 3166-1 alpha-3", value: (p) => p.b },
  { name: "country_b", type: "string", description: "Second economy's name (in the CSV's language)", value: (p) => p.nameB },
  {
    name: "distance",
    type: "number",
    unit: "0 same to 1 opposite",
    description: "Mean absolute difference of the two economies' scores over the indicators both have scored; empty when they share too few (see min_shared_indicators)",
    value: (p) => (p.shown ? Number(p.distance.toFixed(6)) : null),
    label: "similarity.distanceCol",
    format: "score",
    missing: "similarity.tooLittle",
  },
  {
    name: "shared_indicators",
    type: "integer",
    description: "Indicators both economies have scored (the overlap the distance rests on)",
    value: (p) => p.overlap,
    label: "similarity.overlapCol",
    format: "integer",
  },
  { name: "shown", type: "boolean", description: "Whether the overlap is enough for the distance to be shown", value: (p) => p.shown },
  { name: "min_shared_indicators", type: "integer", description: "Fewest shared indicators for a distance to be shown", value: () => MIN_OVERLAP },
];

export const similarityCards = {
  /** In pair order (by code), as the matrix's CSV. */
  pairs: defineCard({
    namespace: "regulations",
    load: pairRows,
    columns: PAIR_COLUMNS,
    filename: () => "fealac-regulation-similarity",
    rowKey: (p) => `${p.a}-${p.b}`,
  }),
  /** The page's list of pairs: the same rows, closest first. */
  list: defineCard({
    namespace: "regulations",
    load: async (ctx: SimilarityViewContext) => (await pairRows(ctx)).sort(listOrder),
    columns: PAIR_COLUMNS,
    filename: () => "fealac-regulation-similarity-pairs",
    rowKey: (p) => `${p.a}-${p.b}`,
  }),
};

export const similarityView = defineView<SimilarityViewContext>({
  path: ["regulations", "similarity"],
  resolve: resolveSimilarityView,
  cards: similarityCards,
  defaultCard: "pairs",
});

export function similarityCsv(ctx: SimilarityViewContext, card: keyof typeof similarityCards): string {
  return csvHref(similarityView, card, similarityQuery(ctx.state), ctx.locale);
}
