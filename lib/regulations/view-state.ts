/**
 * URL state of the public regulation views. Each parameter is parsed on its
 * own; an invalid one falls back to its default, and serialising writes only
 * what differs from the default view (see lib/core/url-state.ts).
 */
import { REGION_PARAMS, REGION_SLUGS } from "@/lib/core/regions";
import { integerIn, joinedParams, listOf, oneOf, searchText, parseState, serializeState, type SearchParams, type StateOf } from "@/lib/core/url-state";
import { MAX_COMPARE, STATUS_KEYS } from "./method";
import { parseScoreValue, type ScoreChange, type ScoreValue } from "./simulation/model";

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

/** One economy by its ISO3 code, any case; "" (none chosen) by default. */
function economyParam(economies: readonly string[]) {
  return { parse: known(economies, (s) => s.trim().toUpperCase()), default: "" };
}

/**
 * A scenario: score changes written code:score, comma-separated
 * (P03.2:0,P07.1:0.5). Unknown indicators and scores other than 0, 0.5 and 1
 * are dropped; a repeated indicator keeps its last change.
 */
function scenarioParam(indicatorCodes: readonly string[]) {
  const known = new Set(indicatorCodes);
  return {
    parse: (raw: string): ScoreChange[] => {
      const last = new Map<string, ScoreValue>();
      for (const item of raw.split(",")) {
        const [code, value, ...rest] = item.trim().split(":");
        const score = parseScoreValue(value ?? "");
        const upper = (code ?? "").toUpperCase();
        if (rest.length === 0 && score !== undefined && known.has(upper)) last.set(upper, score);
      }
      return [...last].map(([code, score]) => ({ code, score }));
    },
    default: [] as ScoreChange[],
    serialize: (changes: ScoreChange[]) => changes.map((c) => `${c.code}:${c.score}`).join(","),
    equals: (a: ScoreChange[], b: ScoreChange[]) => a.length === b.length && a.every((c, i) => c.code === b[i].code && c.score === b[i].score),
  };
}

/** What-if simulator: an economy and the score changes to simulate. */
export function whatIfSpec(choices: { economies: readonly string[]; indicators: readonly string[] }) {
  return { economy: economyParam(choices.economies), set: scenarioParam(choices.indicators) };
}
export type WhatIfState = StateOf<ReturnType<typeof whatIfSpec>>;
export function parseWhatIfView(params: SearchParams, choices: { economies: readonly string[]; indicators: readonly string[] }): WhatIfState {
  return parseState(whatIfSpec(choices), joinedParams(params));
}
export function whatIfQuery(choices: { economies: readonly string[]; indicators: readonly string[] }, state: Partial<WhatIfState>): string {
  return serializeState(whatIfSpec(choices), state);
}

/** Paths to similarity: an economy, and a partner economy (ISO3) or region (its URL slug). */
export function pathsSpec(economies: readonly string[]) {
  const economy = economyParam(economies);
  const regions = new Set<string>(REGION_SLUGS);
  return {
    economy,
    to: {
      parse: (raw: string) => economy.parse(raw) ?? (regions.has(raw.trim().toLowerCase()) ? raw.trim().toLowerCase() : undefined),
      default: "",
    },
  };
}
export type PathsState = StateOf<ReturnType<typeof pathsSpec>>;
export const parsePathsView = (params: SearchParams, economies: readonly string[]): PathsState => parseState(pathsSpec(economies), joinedParams(params));
export const pathsQuery = (economies: readonly string[], state: Partial<PathsState>) => serializeState(pathsSpec(economies), state);
