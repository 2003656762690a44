/** URL state of the region overview (/explorer and its CSV). */
import {
  DISPLAYS,
  GRANULARITIES,
  REGION_CODE_OF,
  REGION_PARAMS,
  integerIn,
  oneOf,
  parseState,
  serializeState,
  type StateOf,
} from "./view-state";

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

type SearchParams = Record<string, string | string[] | undefined>;

/**
 * Parses the state; the year falls back to the latest complete year when the
 * requested one has no complete data.
 */
export function parseRegionView(params: SearchParams, completeYears: number[]) {
  const latest = completeYears[0] ?? new Date().getUTCFullYear() - 1;
  const spec = regionViewSpec(latest);
  const state = parseState(spec, params);
  if (!completeYears.includes(state.year)) state.year = latest;
  return { spec, state, scope: { region: REGION_CODE_OF[state.region] } };
}

export function regionViewQuery(spec: RegionViewSpec, state: RegionView, change: Partial<RegionView> = {}): string {
  return serializeState(spec, { ...state, ...change });
}
