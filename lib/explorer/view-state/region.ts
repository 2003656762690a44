/** URL state of the region overview (/explorer and its CSV). */
import { integerIn, oneOf, parseState, serializeState, type StateOf, type SearchParams } from "@/lib/core/url-state";
import { DISPLAYS, GRANULARITIES } from "./options";
import { regionCodeOf, REGION_PARAMS } from "@/lib/core/regions";

export function regionViewSpec(defaultYear: number) {
  return {
    region: oneOf(REGION_PARAMS, "all"),
    granularity: oneOf(GRANULARITIES, "month"),
    year: integerIn(2019, 2100, defaultYear),
    display: oneOf(DISPLAYS, "chart"),
  };
}
export type RegionViewSpec = ReturnType<typeof regionViewSpec>;
export type RegionView = StateOf<RegionViewSpec>;

/**
 * Parses the state; the year falls back to the latest complete year when the
 * requested one has no complete data.
 */
export function parseRegionView(params: SearchParams, completeYears: number[]) {
  const latest = completeYears[0] ?? new Date().getUTCFullYear() - 1;
  const spec = regionViewSpec(latest);
  const state = parseState(spec, params);
  if (!completeYears.includes(state.year)) state.year = latest;
  return { spec, state, scope: { region: regionCodeOf(state.region) } };
}

export function regionViewQuery(spec: RegionViewSpec, state: RegionView, change: Partial<RegionView> = {}): string {
  return serializeState(spec, { ...state, ...change });
}
