/**
 * URL state of the gap analysis (/policies/gaps and its CSV): the region, an
 * economy to benchmark against its peers (a lower-case ISO3 code of a FEALAC
 * member), and whether economies without any published policy are listed.
 * Unknown values fall back to the defaults.
 */
import { oneOf, parseState, serializeState, type StateOf, type SearchParams } from "@/lib/core/url-state";
import { regionCodeOf, REGION_PARAMS } from "@/lib/core/regions";

export const EMPTY_ROWS = ["show", "hide"] as const;

export function gapViewSpec(members: readonly string[]) {
  const set = new Set(members);
  return {
    region: oneOf(REGION_PARAMS, "all"),
    economy: {
      parse: (raw: string) => (set.has(raw.toLowerCase()) ? raw.toLowerCase() : undefined),
      default: "",
    },
    empty: oneOf(EMPTY_ROWS, "show"),
  };
}
export type GapViewSpec = ReturnType<typeof gapViewSpec>;
export type GapView = StateOf<GapViewSpec>;

export function parseGapView(params: SearchParams, members: readonly string[]) {
  const spec = gapViewSpec(members);
  return { spec, state: parseState(spec, params) };
}

export function gapViewQuery(spec: GapViewSpec, state: GapView, change: Partial<GapView> = {}): string {
  return serializeState(spec, { ...state, ...change });
}

/** What the data functions read from the state. */
export function gapScope(state: GapView) {
  return {
    region: regionCodeOf(state.region),
    include: state.economy ? state.economy.toUpperCase() : null,
    hideEmpty: state.empty === "hide",
  };
}
