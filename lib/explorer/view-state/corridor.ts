/**
 * URL state of the corridor view (/explorer/corridor and its CSV), and the
 * origin × destination matrix built from the sparse corridor cells.
 */
import type { CorridorCell, Direction } from "@/lib/explorer/queries/corridor";
import type { RegionCode } from "@/lib/core/regions";
import { integerIn, oneOf, parseState, serializeState, type StateOf, type SearchParams } from "@/lib/core/url-state";
import { DISPLAYS } from "./options";

export const DIRECTIONS = ["east-asia-to-latin-america", "latin-america-to-east-asia"] as const satisfies readonly Direction[];

/** Regions of the visitors (origin) and of the marketplaces they visit (destination). */
export const DIRECTION_REGIONS: Record<Direction, { origin: RegionCode; destination: RegionCode }> = {
  "east-asia-to-latin-america": { origin: "EAST_ASIA", destination: "LATIN_AMERICA" },
  "latin-america-to-east-asia": { origin: "LATIN_AMERICA", destination: "EAST_ASIA" },
};

/** Corridors in the "top corridors" chart and its table. */
export const TOP_CORRIDORS = 10;

export function corridorViewSpec(defaultYear: number) {
  return {
    direction: oneOf(DIRECTIONS, "east-asia-to-latin-america"),
    year: integerIn(2019, 2100, defaultYear),
    display: oneOf(DISPLAYS, "chart"),
  };
}
export type CorridorViewSpec = ReturnType<typeof corridorViewSpec>;
export type CorridorView = StateOf<CorridorViewSpec>;

/** Parses the state; a year without complete data falls back to the latest complete year. */
export function parseCorridorView(params: SearchParams, completeYears: number[]) {
  const latest = completeYears[0] ?? new Date().getUTCFullYear() - 1;
  const spec = corridorViewSpec(latest);
  const state = parseState(spec, params);
  if (!completeYears.includes(state.year)) state.year = latest;
  return { spec, state };
}

export function corridorViewQuery(spec: CorridorViewSpec, state: CorridorView, change: Partial<CorridorView> = {}): string {
  return serializeState(spec, { ...state, ...change });
}

/** Shading classes of the matrix cells, lightest first. */
export const SHADE_CLASSES = 5;

export interface CorridorMatrix {
  /** Origin countries (ISO3), largest row total first; countries without any cell are left out. */
  origins: string[];
  /** Destination countries (ISO3), largest column total first. */
  destinations: string[];
  /** Visits by origin then destination, in whole visits; a missing entry is no recorded visits. */
  cells: Map<string, Map<string, number>>;
  rowTotals: Map<string, number>;
  columnTotals: Map<string, number>;
  total: number;
  /** Upper bounds of the shading classes (the last is the largest cell). */
  shadeBounds: number[];
}

/**
 * The matrix the page and the CSV show. Cells are estimates (visits × origin
 * share), rounded to whole visits first so that every total is exactly the sum
 * of the numbers shown.
 */
export function corridorMatrix(raw: readonly CorridorCell[]): CorridorMatrix {
  const cells = new Map<string, Map<string, number>>();
  const rowTotals = new Map<string, number>();
  const columnTotals = new Map<string, number>();
  let total = 0;
  for (const { origin, destination, visits } of raw) {
    const value = Math.round(visits);
    if (value <= 0) continue;
    if (!cells.has(origin)) cells.set(origin, new Map());
    const row = cells.get(origin)!;
    row.set(destination, (row.get(destination) ?? 0) + value);
    rowTotals.set(origin, (rowTotals.get(origin) ?? 0) + value);
    columnTotals.set(destination, (columnTotals.get(destination) ?? 0) + value);
    total += value;
  }
  const byTotal = (totals: Map<string, number>) => [...totals.keys()].sort((a, b) => totals.get(b)! - totals.get(a)! || a.localeCompare(b));
  return { origins: byTotal(rowTotals), destinations: byTotal(columnTotals), cells, rowTotals, columnTotals, total, shadeBounds: quantileBounds([...cells.values()].flatMap((row) => [...row.values()])) };
}

/** Upper bounds of up to SHADE_CLASSES classes holding about as many cells each. */
function quantileBounds(values: number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return [];
  const bounds = Array.from({ length: SHADE_CLASSES }, (_, i) => sorted[Math.ceil(((i + 1) * sorted.length) / SHADE_CLASSES) - 1]);
  return [...new Set(bounds)];
}

/** The shading class (0 = lightest) of a value. */
export function shadeClass(matrix: Pick<CorridorMatrix, "shadeBounds">, value: number): number {
  const index = matrix.shadeBounds.findIndex((bound) => value <= bound);
  const classes = matrix.shadeBounds.length;
  // With fewer distinct bounds than classes, spread them over the full scale so the largest stays darkest.
  const position = index < 0 ? classes - 1 : index;
  return classes <= 1 ? SHADE_CLASSES - 1 : Math.round((position * (SHADE_CLASSES - 1)) / (classes - 1));
}

export interface CorridorRow {
  origin: string;
  destination: string;
  visits: number;
}

/** Every non-empty cell, in the matrix's row and column order. */
export function matrixRows(matrix: CorridorMatrix): CorridorRow[] {
  return matrix.origins.flatMap((origin) =>
    matrix.destinations.flatMap((destination) => {
      const visits = matrix.cells.get(origin)?.get(destination);
      return visits === undefined ? [] : [{ origin, destination, visits }];
    }),
  );
}

/** The largest corridors, largest first. */
export function topCorridors(matrix: CorridorMatrix, limit = TOP_CORRIDORS): CorridorRow[] {
  return matrixRows(matrix)
    .sort((a, b) => b.visits - a.visits || a.origin.localeCompare(b.origin) || a.destination.localeCompare(b.destination))
    .slice(0, limit);
}
