/**
 * URL state of the policy search (/policies and its CSV). Every facet is a
 * comma-separated list (values of one facet are OR-ed, facets are AND-ed);
 * economies are lower-case ISO3 codes and vocabulary terms their slugs. Items
 * the portal does not know are dropped, a bad year or page falls back to the
 * default, and serialising writes only what differs from the default view.
 */
import { z } from "zod";
import { REGION_SLUGS } from "@/lib/core/regions";
import { integerIn, joinedParams, searchText, listOf, parseState, serializeState, type SearchParams, type StateOf } from "@/lib/core/url-state";

export const PAGE_SIZE = 20;
export const MAX_QUERY_LENGTH = 200;

/** Region facet: the two FEALAC regions, and economies outside FEALAC that sources describe. */
export const REGION_KEYS = [...REGION_SLUGS, "non-member"] as const;
export const SECTOR_KEYS = ["goods", "services", "both", "unknown"] as const;
export const MARKET_KEYS = ["domestic", "cross-border", "both", "unknown"] as const;
export const STATUS_KEYS = ["ongoing", "ended", "planned", "unknown"] as const;
export const PANDEMIC_KEYS = ["yes", "no", "unknown"] as const;

/** Facets whose values are fixed (the others come from the database). */
export const FIXED_FACETS = {
  region: REGION_KEYS,
  sector: SECTOR_KEYS,
  market: MARKET_KEYS,
  status: STATUS_KEYS,
  pandemic: PANDEMIC_KEYS,
} as const;
export type FixedFacet = keyof typeof FIXED_FACETS;

export const FACETS = ["economy", "region", "instrument", "target", "sector", "market", "status", "pandemic"] as const;
export type Facet = (typeof FACETS)[number];

/** What may be chosen in the facets that come from the database. */
export interface PolicyChoices {
  /** Lower-case ISO3 codes. */
  economies: readonly string[];
  instrumentTypes: readonly string[];
  targetGroups: readonly string[];
}

function known(values: readonly string[]) {
  const set = new Set(values);
  return (item: string) => {
    const value = item.toLowerCase();
    return set.has(value) ? value : undefined;
  };
}

/** A launch year bound; null means "no bound". */
const yearBound = {
  parse: (raw: string) => z.coerce.number().int().min(1900).max(2100).safeParse(raw).data,
  default: null as number | null,
  serialize: (value: number | null) => String(value),
};

export function policySearchSpec(choices: PolicyChoices) {
  return {
    q: searchText(MAX_QUERY_LENGTH),
    economy: listOf(known(choices.economies), choices.economies.length),
    region: listOf(known(REGION_KEYS), REGION_KEYS.length),
    instrument: listOf(known(choices.instrumentTypes), choices.instrumentTypes.length),
    target: listOf(known(choices.targetGroups), choices.targetGroups.length),
    sector: listOf(known(SECTOR_KEYS), SECTOR_KEYS.length),
    market: listOf(known(MARKET_KEYS), MARKET_KEYS.length),
    status: listOf(known(STATUS_KEYS), STATUS_KEYS.length),
    pandemic: listOf(known(PANDEMIC_KEYS), PANDEMIC_KEYS.length),
    from: yearBound,
    to: yearBound,
    page: integerIn(1, 100_000, 1),
  };
}
export type PolicySearchSpec = ReturnType<typeof policySearchSpec>;
export type PolicySearchState = StateOf<PolicySearchSpec>;
/** The filters alone (what the data functions read): the state without its page. */
export type PolicyFilters = Omit<PolicySearchState, "page">;

export function parsePolicySearch(params: SearchParams, choices: PolicyChoices) {
  const spec = policySearchSpec(choices);
  const state = parseState(spec, joinedParams(params));
  // A reversed range is read the way it was surely meant.
  if (state.from !== null && state.to !== null && state.from > state.to) [state.from, state.to] = [state.to, state.from];
  return { spec, state };
}

export function policySearchQuery(spec: PolicySearchSpec, state: PolicySearchState, change: Partial<PolicySearchState> = {}): string {
  return serializeState(spec, { ...state, ...change });
}

/** Page numbers to offer: the first, the last, and two either side of the current one. */
export function pageWindow(page: number, pages: number): Array<number | "gap"> {
  const shown = [...new Set([1, page - 2, page - 1, page, page + 1, page + 2, pages])].filter((p) => p >= 1 && p <= pages).sort((a, b) => a - b);
  return shown.flatMap((p, i) => (i > 0 && p - shown[i - 1] > 1 ? (["gap", p] as const) : [p]));
}
