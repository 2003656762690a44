/** URL state of a country page (/explorer/country/<iso3> and its CSV). */
import type { CharacteristicFilter } from "@/lib/explorer/queries/scope";
import { integerIn, oneOf, parseState, serializeState, type StateOf, type SearchParams } from "@/lib/core/url-state";
import { DISPLAYS, GRANULARITIES, YES_NO } from "./options";

export const SECTOR_FILTERS = ["any", "goods", "services"] as const;
export const MODEL_FILTERS = ["any", "b2c", "c2c"] as const;
const TRI = ["any", ...YES_NO] as const;

export function countryViewSpec(defaultYear: number) {
  return {
    granularity: oneOf(GRANULARITIES, "month"),
    year: integerIn(2019, 2100, defaultYear),
    display: oneOf(DISPLAYS, "chart"),
    sector: oneOf(SECTOR_FILTERS, "any"),
    model: oneOf(MODEL_FILTERS, "any"),
    transactional: oneOf(TRI, "any"),
    foreign: oneOf(TRI, "any"),
    logistics: oneOf(TRI, "any"),
    payments: oneOf(TRI, "any"),
  };
}
export type CountryViewSpec = ReturnType<typeof countryViewSpec>;
export type CountryView = StateOf<CountryViewSpec>;
export const FILTER_KEYS = ["sector", "model", "transactional", "foreign", "logistics", "payments"] as const;

export function parseCountryView(params: SearchParams, completeYears: number[]) {
  const latest = completeYears[0] ?? new Date().getUTCFullYear() - 1;
  const spec = countryViewSpec(latest);
  const state = parseState(spec, params);
  if (!completeYears.includes(state.year)) state.year = latest;
  return { spec, state };
}

export function countryViewQuery(spec: CountryViewSpec, state: CountryView, change: Partial<CountryView> = {}): string {
  return serializeState(spec, { ...state, ...change });
}

const yesNo = (v: "any" | "yes" | "no") => (v === "any" ? undefined : v === "yes");

export function characteristicFilter(state: CountryView): CharacteristicFilter {
  return {
    sector: state.sector === "any" ? undefined : state.sector === "goods" ? "GOODS" : "SERVICES",
    model: state.model === "any" ? undefined : state.model === "b2c" ? "B2C" : "C2C",
    transactional: yesNo(state.transactional),
    foreignSellers: yesNo(state.foreign),
    logistics: yesNo(state.logistics),
    payments: yesNo(state.payments),
  };
}
