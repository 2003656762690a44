/**
 * Query parameters → a dataset's selection. The CSV route and the JSON API
 * answer a bad parameter with 400 naming it; the downloads page falls back
 * to defaults instead (see app/[locale]/(public)/downloads/).
 */
import { regionSlugOf } from "@/lib/core/regions";
import { periodEnd, periodStart, type Selection } from "./filters";
import type { Dataset } from "./types";

/** Parameters that are not filters: output options and paging. */
export const OPTION_PARAMS = new Set(["bom", "cursor", "limit", "dataset"]);

export type ParseResult = { ok: true; selection: Selection } | { ok: false; parameter: string; message: string };

export function parseSelection(dataset: Dataset, params: URLSearchParams): ParseResult {
  const raw: Record<string, string> = {};
  for (const [key, value] of params) {
    if (OPTION_PARAMS.has(key) || value === "") continue;
    if (key in raw) return { ok: false, parameter: key, message: "Give this parameter once (lists are comma-separated)." };
    raw[key] = value;
  }
  const result = dataset.filters.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0];
    const parameter = issue.code === "unrecognized_keys" ? issue.keys[0] : String(issue.path[0] ?? "");
    const message = issue.code === "unrecognized_keys" ? `Not a filter of ${dataset.id}.` : issue.message;
    return { ok: false, parameter, message };
  }
  const s = result.data;
  if (s.shape === "cross-section" && !s.period) return { ok: false, parameter: "period", message: "A cross-section needs one period (YYYY or YYYY-MM)." };
  if (s.shape !== "cross-section" && s.period) return { ok: false, parameter: "period", message: "period is for shape=cross-section; use from and to." };
  if (s.from && s.to && periodStart(s.from) > periodEnd(s.to)) return { ok: false, parameter: "to", message: "to is before from." };
  return { ok: true, selection: s };
}

/** The selection as query parameters (only what is set), in a stable order. */
export function selectionParams(dataset: Dataset, s: Selection): URLSearchParams {
  const out = new URLSearchParams();
  for (const name of dataset.filterNames) {
    const v = s[name];
    if (v === undefined || (name === "shape" && v === "time-series")) continue;
    const text = Array.isArray(v) ? v.join(",") : String(v);
    if (text) out.set(name, text);
  }
  return out;
}

/** A short file-name part for the selection: "chl-jpn-kor_2023-01-2024-12", or "all". */
export function selectionSlug(s: Selection): string {
  const parts: string[] = [];
  if (s.region) parts.push(regionSlugOf(s.region));
  if (s.countries?.length) parts.push(s.countries.slice(0, 6).join("-").toLowerCase() + (s.countries.length > 6 ? `-and-${s.countries.length - 6}-more` : ""));
  if (s.marketplaces?.length) parts.push(s.marketplaces.length === 1 ? s.marketplaces[0] : `${s.marketplaces.length}-marketplaces`);
  for (const k of ["category", "business_model", "sector"] as const) if (s[k]) parts.push(s[k]!.toLowerCase().replace(/_/g, "-"));
  if (s.transactional) parts.push(s.transactional === "true" ? "transactional" : "listings");
  if (s.shape === "cross-section" && s.period) parts.push(s.period);
  else if (s.from || s.to) parts.push(`${s.from ?? "start"}-to-${s.to ?? "end"}`);
  return parts.length ? parts.join("_") : "all";
}
