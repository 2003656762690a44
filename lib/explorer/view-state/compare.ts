/**
 * URL state of the compare view (/explorer/compare and its CSV): which kind of
 * item is compared, the countries and marketplaces chosen, the measure, the
 * period and chart or table. Countries are lower-case ISO3 codes, marketplaces
 * their slugs; items the portal does not know are dropped, so an old link
 * still opens with whatever remains valid.
 */
import { listOf, oneOf, parseState, serializeState, type StateOf, type SearchParams } from "@/lib/core/url-state";
import { DISPLAYS, GRANULARITIES, MEASURES } from "./options";

export const COMPARE_KINDS = ["countries", "marketplaces"] as const;
export type CompareKind = (typeof COMPARE_KINDS)[number];

/** Lines on one chart: beyond eight the colours stop being distinguishable (the chart's palette has eight). */
export const MAX_COMPARE_ITEMS = 8;

/** The items that may be chosen: lower-case ISO3 codes and marketplace slugs. */
export interface CompareChoices {
  countries: readonly string[];
  marketplaces: readonly string[];
}

function known(values: readonly string[]) {
  const set = new Set(values);
  return (item: string) => {
    const value = item.toLowerCase();
    return set.has(value) ? value : undefined;
  };
}

export function compareViewSpec(choices: CompareChoices) {
  return {
    kind: oneOf(COMPARE_KINDS, "countries"),
    countries: listOf(known(choices.countries), MAX_COMPARE_ITEMS),
    marketplaces: listOf(known(choices.marketplaces), MAX_COMPARE_ITEMS),
    measure: oneOf(MEASURES, "visits"),
    granularity: oneOf(GRANULARITIES, "month"),
    display: oneOf(DISPLAYS, "chart"),
  };
}
export type CompareViewSpec = ReturnType<typeof compareViewSpec>;
export type CompareView = StateOf<CompareViewSpec>;

/** The list the current kind reads from. */
export function selectedItems(state: CompareView): string[] {
  return state.kind === "countries" ? state.countries : state.marketplaces;
}

/** The state with items appended to the current kind's list; duplicates and unknown items are ignored, the cap holds. */
export function withAdded(spec: CompareViewSpec, state: CompareView, raw: string): CompareView {
  const added = spec[state.kind].parse(raw) ?? [];
  const list = [...new Set([...selectedItems(state), ...added])].slice(0, MAX_COMPARE_ITEMS);
  return { ...state, [state.kind]: list };
}

export function withRemoved(state: CompareView, item: string): CompareView {
  return { ...state, [state.kind]: selectedItems(state).filter((i) => i !== item) };
}

/**
 * Parses the state. An `add` parameter (sent by the no-JavaScript "Add" form)
 * is merged into the current list, and `redirectTo` then holds the canonical
 * query to send the browser to, so the address bar never keeps `add`.
 */
export function parseCompareView(params: SearchParams, choices: CompareChoices) {
  const spec = compareViewSpec(choices);
  let state = parseState(spec, params);
  const add = Array.isArray(params.add) ? params.add[0] : params.add;
  let redirectTo: string | null = null;
  if (add !== undefined) {
    state = withAdded(spec, state, add);
    redirectTo = compareViewQuery(spec, state);
  }
  return { spec, state, redirectTo };
}

export function compareViewQuery(spec: CompareViewSpec, state: CompareView, change: Partial<CompareView> = {}): string {
  return serializeState(spec, { ...state, ...change });
}

/** "2019–2020, 2022" for [2019, 2020, 2022]: the years a note has to name, without listing each. */
export function yearRanges(years: readonly number[]): string {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  const ranges: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    ranges.push(i === j ? String(sorted[i]) : `${sorted[i]}–${sorted[j]}`);
    i = j + 1;
  }
  return ranges.join(", ");
}

/** What an item lacks for the per-internet-user measure: the years of its periods without internet users. */
export interface IndicatorGap {
  years: number[];
  /** True when no period of the item has internet users. */
  all: boolean;
}

/** Items (by key) with periods that have traffic but no internet-user figure. */
export function indicatorGaps(points: ReadonlyArray<{ key: string; period: string; internetUsers: number | null }>): Map<string, IndicatorGap> {
  const gaps = new Map<string, IndicatorGap>();
  const withFigure = new Set(points.filter((p) => p.internetUsers !== null).map((p) => p.key));
  for (const p of points) {
    if (p.internetUsers !== null) continue;
    const gap = gaps.get(p.key) ?? { years: [], all: !withFigure.has(p.key) };
    const year = Number(p.period.slice(0, 4));
    if (!gap.years.includes(year)) gap.years.push(year);
    gaps.set(p.key, gap);
  }
  return gaps;
}
