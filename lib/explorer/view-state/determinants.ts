/**
 * URL state of the determinants view (/explorer/determinants and its CSV): a
 * traffic measure against a national indicator, for a year.
 */
import { integerIn, oneOf, parseState, serializeState, type StateOf, type SearchParams } from "@/lib/core/url-state";
import { DISPLAYS, TRAFFIC_MEASURES } from "./options";

export type TrafficMeasure = (typeof TRAFFIC_MEASURES)[number];

/** Account ownership: the pairing docs/design.md §4 gives as the example (visits per internet user against it). */
export const DEFAULT_INDICATOR = "FX.OWN.TOTL.ZS";

/** Fewer countries than this give no correlation (the data function returns none either). */
export const MIN_CORRELATION_N = 3;

/** Indicator codes are upper case; a link typed in lower case still opens the indicator. */
function indicatorParam(codes: readonly string[]) {
  const fallback = codes.includes(DEFAULT_INDICATOR) ? DEFAULT_INDICATOR : (codes[0] ?? "");
  const param = oneOf(codes, fallback);
  return { ...param, parse: (raw: string) => param.parse(raw.toUpperCase()) };
}

export function determinantsViewSpec(defaultYear: number, indicatorCodes: readonly string[]) {
  return {
    measure: oneOf(TRAFFIC_MEASURES, "visits-per-internet-user"),
    indicator: indicatorParam(indicatorCodes),
    year: integerIn(2019, 2100, defaultYear),
    display: oneOf(DISPLAYS, "chart"),
  };
}
export type DeterminantsViewSpec = ReturnType<typeof determinantsViewSpec>;
export type DeterminantsView = StateOf<DeterminantsViewSpec>;

/**
 * Parses the state. Years are those with complete traffic; the indicator must
 * be one the database holds (an empty string when it holds none).
 */
export function parseDeterminantsView(params: SearchParams, completeYears: number[], indicatorCodes: readonly string[]) {
  const latest = completeYears[0] ?? new Date().getUTCFullYear() - 1;
  const spec = determinantsViewSpec(latest, indicatorCodes);
  const state = parseState(spec, params);
  if (!completeYears.includes(state.year)) state.year = latest;
  return { spec, state };
}

export function determinantsViewQuery(spec: DeterminantsViewSpec, state: DeterminantsView, change: Partial<DeterminantsView> = {}): string {
  return serializeState(spec, { ...state, ...change });
}

/** What can be said about the correlation: r over n countries, too few countries, or no variation to correlate. */
export type CorrelationStatement =
  | { kind: "r"; r: number; n: number }
  | { kind: "too-few"; n: number }
  | { kind: "no-variation"; n: number };

export function correlationStatement(correlation: number | null, n: number): CorrelationStatement {
  if (n < MIN_CORRELATION_N) return { kind: "too-few", n };
  // PostgreSQL's corr() is null when either variable is constant.
  if (correlation === null || !Number.isFinite(correlation)) return { kind: "no-variation", n };
  return { kind: "r", r: correlation, n };
}

/** Shares are fractions (0–1) shown as percentages; visits per internet user is a plain ratio. */
export function measureIsShare(measure: TrafficMeasure): boolean {
  return measure !== "visits-per-internet-user";
}
