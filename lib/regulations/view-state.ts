/**
 * URL state of the public regulation views. Each parameter is parsed on its
 * own; an invalid one falls back to its default, and serialising writes only
 * what differs from the default view (see lib/core/url-state.ts).
 */
import { REGION_PARAMS } from "@/lib/core/regions";
import { integerIn, joinedParams, listOf, oneOf, searchText, parseState, serializeState, type SearchParams, type StateOf } from "@/lib/core/url-state";
import { MAX_COMPARE, STATUS_KEYS } from "./method";

export const SEARCH_PAGE_SIZE = 25;
export const MAX_QUERY_LENGTH = 200;

function known(values: readonly string[], normalize: (s: string) => string) {
  const set = new Set(values);
  return (item: string) => {
    const value = normalize(item);
    return set.has(value) ? value : undefined;
  };
}


/** Pillar ranking: region filter. */
export const pillarSpec = { region: oneOf(REGION_PARAMS, "all") };
export type PillarState = StateOf<typeof pillarSpec>;
export const parsePillarView = (params: SearchParams): PillarState => parseState(pillarSpec, joinedParams(params));
export const pillarQuery = (state: Partial<PillarState>) => serializeState(pillarSpec, state);

/** Similarity matrix: economies in alphabetical order, or grouped by region. */
export const SIMILARITY_ORDERS = ["region", "name"] as const;
export const similaritySpec = { order: oneOf(SIMILARITY_ORDERS, "region") };
export type SimilarityState = StateOf<typeof similaritySpec>;
export const parseSimilarityView = (params: SearchParams): SimilarityState => parseState(similaritySpec, joinedParams(params));
export const similarityQuery = (state: Partial<SimilarityState>) => serializeState(similaritySpec, state);

/** Compare: 2–5 economies (upper-case ISO3, in the order given) and whether to show only differing indicators. */
export const DIFF_KEYS = ["all", "only"] as const;
export function compareSpec(economies: readonly string[]) {
  return {
    economies: listOf(known(economies, (s) => s.toUpperCase()), MAX_COMPARE),
    diff: oneOf(DIFF_KEYS, "all"),
  };
}
export type CompareState = StateOf<ReturnType<typeof compareSpec>>;
export function parseCompareView(params: SearchParams, economies: readonly string[]): CompareState {
  return parseState(compareSpec(economies), joinedParams(params));
}
export const compareQuery = (economies: readonly string[], state: Partial<CompareState>) => serializeState(compareSpec(economies), state);

/** Search: free text and filters by economy, pillar and status. */
export function searchSpec(choices: { economies: readonly string[]; pillars: readonly string[] }) {
  return {
    q: searchText(MAX_QUERY_LENGTH),
    economy: listOf(known(choices.economies, (s) => s.toUpperCase()), choices.economies.length),
    pillar: listOf(known(choices.pillars, (s) => s.toUpperCase()), choices.pillars.length),
    status: listOf(known(STATUS_KEYS, (s) => s.toLowerCase()), STATUS_KEYS.length),
    page: integerIn(1, 100_000, 1),
  };
}
export type SearchState = StateOf<ReturnType<typeof searchSpec>>;
export function parseSearchView(params: SearchParams, choices: { economies: readonly string[]; pillars: readonly string[] }): SearchState {
  return parseState(searchSpec(choices), joinedParams(params));
}
export function searchQuery(choices: { economies: readonly string[]; pillars: readonly string[] }, state: Partial<SearchState>) {
  return serializeState(searchSpec(choices), state);
}
