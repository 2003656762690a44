/** URL state of a marketplace page (/explorer/marketplace/<slug> and its CSV). */
import { integerIn, oneOf, parseState, serializeState, type StateOf, type SearchParams } from "@/lib/core/url-state";
import { DISPLAYS } from "./options";

/** The rank compares whole years: the default is the marketplace's latest year with twelve months of traffic. */
export function marketplaceViewSpec(defaultYear: number) {
  return { year: integerIn(2019, 2100, defaultYear), display: oneOf(DISPLAYS, "chart") };
}
export type MarketplaceViewSpec = ReturnType<typeof marketplaceViewSpec>;
export type MarketplaceView = StateOf<MarketplaceViewSpec>;

export function parseMarketplaceView(params: SearchParams, completeYears: number[]) {
  const spec = marketplaceViewSpec(completeYears[0] ?? 2019);
  const state = parseState(spec, params);
  if (!completeYears.includes(state.year)) state.year = spec.year.default;
  return { spec, state };
}

export function marketplaceViewQuery(spec: MarketplaceViewSpec, state: MarketplaceView, change: Partial<MarketplaceView> = {}): string {
  return serializeState(spec, { ...state, ...change });
}
