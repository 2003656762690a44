/**
 * The Marketplace Explorer's view state, kept in the URL. Each parameter is
 * parsed on its own; a missing or invalid one falls back to its default (no
 * error page), and serialising writes only what differs from the default, so
 * links stay short and old links keep working.
 */
import { z } from "zod";

export const GRANULARITIES = ["month", "quarter", "year"] as const;
export type Granularity = (typeof GRANULARITIES)[number];

export const REGION_PARAMS = ["all", "east-asia", "latin-america"] as const;
export type RegionParam = (typeof REGION_PARAMS)[number];
export const REGION_CODE_OF: Record<RegionParam, "EAST_ASIA" | "LATIN_AMERICA" | null> = {
  all: null,
  "east-asia": "EAST_ASIA",
  "latin-america": "LATIN_AMERICA",
};

export const MEASURES = ["visits", "per-internet-user"] as const;
export type Measure = (typeof MEASURES)[number];

export const DISPLAYS = ["chart", "table"] as const;
export type Display = (typeof DISPLAYS)[number];

export const TRAFFIC_MEASURES = ["visits-per-internet-user", "cross-border-share", "other-region-share"] as const;
export const YES_NO = ["yes", "no"] as const;

type SearchParams = Record<string, string | string[] | undefined>;

/** One URL parameter: how to read it, its default, and how to write it. */
interface Param<T> {
  parse(raw: string): T | undefined;
  default: T;
  serialize?(value: T): string;
  equals?(a: T, b: T): boolean;
}

export function oneOf<const T extends readonly string[]>(values: T, fallback: T[number]): Param<T[number]> {
  return { parse: (raw) => (values.includes(raw) ? raw : undefined), default: fallback };
}

export function integerIn(min: number, max: number, fallback: number): Param<number> {
  const schema = z.coerce.number().int().min(min).max(max);
  return { parse: (raw) => schema.safeParse(raw).data, default: fallback, serialize: String };
}

/** A comma-separated list, each item validated, duplicates and invalid items dropped. */
export function listOf(valid: (item: string) => string | undefined, maxItems: number): Param<string[]> {
  return {
    parse: (raw) => [...new Set(raw.split(",").map((s) => valid(s.trim())).filter((s): s is string => Boolean(s)))].slice(0, maxItems),
    default: [],
    serialize: (value) => value.join(","),
    equals: (a, b) => a.join(",") === b.join(","),
  };
}

export type ParamSpec = Record<string, Param<unknown>>;
export type StateOf<S extends ParamSpec> = { [K in keyof S]: S[K] extends Param<infer T> ? T : never };

export function parseState<S extends ParamSpec>(spec: S, params: SearchParams): StateOf<S> {
  const state: Record<string, unknown> = {};
  for (const [key, param] of Object.entries(spec)) {
    const raw = params[key];
    const first = Array.isArray(raw) ? raw[0] : raw;
    state[key] = (first !== undefined && first !== "" ? param.parse(first) : undefined) ?? param.default;
  }
  return state as StateOf<S>;
}

/** Query string holding only what differs from the defaults ("" when nothing does). */
export function serializeState<S extends ParamSpec>(spec: S, state: Partial<StateOf<S>>): string {
  const query = new URLSearchParams();
  for (const [key, param] of Object.entries(spec)) {
    const value = (state as Record<string, unknown>)[key];
    if (value === undefined) continue;
    const same = param.equals ? param.equals(value, param.default) : value === param.default;
    if (same) continue;
    query.set(key, param.serialize ? param.serialize(value) : String(value));
  }
  const text = query.toString().replace(/%2C/g, ",");
  return text ? `?${text}` : "";
}
