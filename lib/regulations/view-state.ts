/**
 * URL state of the public regulation views. Each parameter is parsed on its
 * own; an invalid one falls back to its default, and serialising writes only
 * what differs from the default view (see lib/explorer/view-state.ts).
 */
import { integerIn, listOf, oneOf, parseState, serializeState, type StateOf } from "../explorer/view-state";
import { MAX_COMPARE, STATUS_KEYS } from "./method";

type SearchParams = Record<string, string | string[] | undefined>;

export const REGION_KEYS = ["all", "east-asia", "latin-america"] as const;
export type RegionKey = (typeof REGION_KEYS)[number];
export const REGION_CODE: Record<RegionKey, "EAST_ASIA" | "LATIN_AMERICA" | null> = {
  all: null,
  "east-asia": "EAST_ASIA",
  "latin-america": "LATIN_AMERICA",
};

export const SEARCH_PAGE_SIZE = 25;
export const MAX_QUERY_LENGTH = 200;

function known(values: readonly string[], normalize: (s: string) => string) {
  const set = new Set(values);
  return (item: string) => {
    const value = normalize(item);
    return set.has(value) ? value : undefined;
  };
}

/** A GET form may send a parameter several times or empty; read the non-empty values joined by commas. */
export function flatParams(params: SearchParams): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, raw] of Object.entries(params)) {
    if (raw === undefined) continue;
    const joined = (Array.isArray(raw) ? raw : [raw]).filter((v) => v.trim() !== "").join(",");
    if (joined !== "") out[key] = joined;
  }
  return out;
}

/** Pillar ranking: region filter. */
export const pillarSpec = { region: oneOf(REGION_KEYS, "all") };
export type PillarState = StateOf<typeof pillarSpec>;
export const parsePillarView = (params: SearchParams): PillarState => parseState(pillarSpec, flatParams(params));
export const pillarQuery = (state: Partial<PillarState>) => serializeState(pillarSpec, state);

/** Similarity matrix: economies in alphabetical order, or grouped by region. */
export const SIMILARITY_ORDERS = ["region", "name"] as const;
export const similaritySpec = { order: oneOf(SIMILARITY_ORDERS, "region") };
export type SimilarityState = StateOf<typeof similaritySpec>;
export const parseSimilarityView = (params: SearchParams): SimilarityState => parseState(similaritySpec, flatParams(params));
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
  return parseState(compareSpec(economies), flatParams(params));
}
export const compareQuery = (economies: readonly string[], state: Partial<CompareState>) => serializeState(compareSpec(economies), state);

/** Search: free text and filters by economy, pillar and status. */
const text = {
  parse: (raw: string) => raw.replace(/\s+/g, " ").trim().slice(0, MAX_QUERY_LENGTH).trim() || undefined,
  default: "",
};
export function searchSpec(choices: { economies: readonly string[]; pillars: readonly string[] }) {
  return {
    q: text,
    economy: listOf(known(choices.economies, (s) => s.toUpperCase()), choices.economies.length),
    pillar: listOf(known(choices.pillars, (s) => s.toUpperCase()), choices.pillars.length),
    status: listOf(known(STATUS_KEYS, (s) => s.toLowerCase()), STATUS_KEYS.length),
    page: integerIn(1, 100_000, 1),
  };
}
export type SearchState = StateOf<ReturnType<typeof searchSpec>>;
export function parseSearchView(params: SearchParams, choices: { economies: readonly string[]; pillars: readonly string[] }): SearchState {
  return parseState(searchSpec(choices), flatParams(params));
}
export function searchQuery(choices: { economies: readonly string[]; pillars: readonly string[] }, state: Partial<SearchState>) {
  return serializeState(searchSpec(choices), state);
}
