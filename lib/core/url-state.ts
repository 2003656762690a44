/**
 * The Marketplace Explorer's view state, kept in the URL. Each parameter is
 * parsed on its own; a missing or invalid one falls back to its default (no
 * error page), and serialising writes only what differs from the default, so
 * links stay short and old links keep working.
 */
import { z } from "zod";
import { cleanText } from "@/lib/core/schema-parts";

/** A page's or route's query parameters, as Next.js hands them over. */
export type SearchParams = Record<string, string | string[] | undefined>;

/**
 * The query parameters of a request URL in the shape pages receive, so a CSV
 * route reads exactly what its page reads (a repeated parameter keeps every
 * value; parseState then takes the first, as on the page).
 */
export function searchParamsOf(url: string | URL): SearchParams {
  // No prototype: a parameter named "constructor" or "__proto__" is a parameter like any other.
  const params: Record<string, string | string[]> = Object.create(null);
  for (const [key, value] of new URL(url).searchParams) {
    const seen = params[key];
    params[key] = seen === undefined ? value : Array.isArray(seen) ? [...seen, value] : [seen, value];
  }
  return params;
}

/** The query a page received, written back as "?a=1&b=2" (or "" when empty), every repeated value kept. */
export function queryStringOf(params: SearchParams): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    for (const one of Array.isArray(value) ? value : value === undefined ? [] : [value]) query.append(key, one);
  }
  const text = query.toString();
  return text ? `?${text}` : "";
}

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

/** Free text of a search box: control characters dropped, whitespace collapsed, cut at `max` characters. */
export function searchText(max: number): Param<string> {
  return { parse: (raw) => cleanText(raw, max) || undefined, default: "" };
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
  // Commas and colons are kept as they are (both are allowed in a query), so lists and scenarios read as written.
  const text = query.toString().replace(/%2C/g, ",").replace(/%3A/g, ":");
  return text ? `?${text}` : "";
}

/**
 * For views whose lists come from GET forms: a form sends one parameter per
 * ticked box (economy=chl&economy=per) and empty fields (q=), links carry
 * lists as economy=chl,per. Both read the same: the non-empty values of each
 * parameter joined by commas.
 */
export function joinedParams(params: SearchParams): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, raw] of Object.entries(params)) {
    if (raw === undefined) continue;
    const joined = (Array.isArray(raw) ? raw : [raw]).filter((v) => v.trim() !== "").join(",");
    if (joined !== "") out[key] = joined;
  }
  return out;
}

/**
 * Whether the request's parameters are exactly the canonical query (order
 * aside). When not, a page redirects, so that the address bar holds only
 * what differs from the default view, whatever a form (empty fields, one
 * parameter per ticked box) or an old link sent.
 */
export function isCanonical(params: SearchParams, canonicalQuery: string): boolean {
  const given = Object.entries(params).filter(([, raw]) => raw !== undefined);
  const canonical = new URLSearchParams(canonicalQuery);
  return given.length === canonical.size && given.every(([key, raw]) => typeof raw === "string" && canonical.get(key) === raw);
}

/**
 * A renamed or re-valued URL parameter: old links keep working because each
 * view runs its migrations before parsing (the newest name wins when both are
 * given).
 */
export interface ParamMigration {
  from: string;
  to: string;
  /** Maps an old value to the new one; an unmapped value passes as it is. */
  values?: Record<string, string>;
}

export function migrateParams(params: SearchParams, migrations: readonly ParamMigration[]): SearchParams {
  const out: SearchParams = { ...params };
  for (const { from, to, values } of migrations) {
    const old = out[from];
    if (old === undefined) continue;
    delete out[from];
    if (out[to] !== undefined) continue;
    const map = (v: string) => values?.[v] ?? v;
    out[to] = Array.isArray(old) ? old.map(map) : map(old);
  }
  return out;
}
