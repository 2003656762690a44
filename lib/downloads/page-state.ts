/**
 * The downloads page's state in the URL: the dataset plus its filters, only
 * what differs from the defaults. Repeated parameters (checkboxes) are joined
 * into one comma-separated list; an invalid selection falls back to the
 * dataset's whole table, and the page says which parameter was ignored.
 */
import { DATASETS, findDataset } from "@/lib/downloads/datasets";
import type { Selection } from "./filters";
import { parseSelection, selectionParams } from "./parse";
import type { Dataset } from "./types";
import { type SearchParams } from "@/lib/core/url-state";

export interface DownloadsState {
  dataset: Dataset;
  selection: Selection;
  /** The parameter that was not valid, when the selection fell back to the defaults. */
  ignored: string | null;
}

export const DEFAULT_DATASET = DATASETS[0].id;

export function parseDownloadsState(raw: SearchParams): DownloadsState {
  const dataset = findDataset(String(raw.dataset ?? "")) ?? findDataset(DEFAULT_DATASET)!;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(raw)) {
    if (key === "dataset" || value === undefined) continue;
    // Only this dataset's filters: switching dataset keeps what still applies and drops the rest.
    if (!(dataset.filterNames as readonly string[]).includes(key)) continue;
    const joined = (Array.isArray(value) ? value : [value]).filter(Boolean).join(",");
    if (joined) params.set(key, joined);
  }
  if (params.get("shape") !== "cross-section") params.delete("period");
  else {
    params.delete("from");
    params.delete("to");
  }
  const parsed = parseSelection(dataset, params);
  if (parsed.ok) return { dataset, selection: parsed.selection, ignored: null };
  return { dataset, selection: {}, ignored: parsed.parameter };
}

/** The page's query string for a state ("" for the defaults). */
export function downloadsQuery(state: Pick<DownloadsState, "dataset" | "selection">): string {
  const params = selectionParams(state.dataset, state.selection);
  const all = new URLSearchParams(state.dataset.id === DEFAULT_DATASET ? "" : `dataset=${state.dataset.id}`);
  for (const [k, v] of params) all.set(k, v);
  const text = all.toString().replace(/%2C/g, ",");
  return text ? `?${text}` : "";
}

/** The CSV download and JSON API addresses of the same selection. */
export function exportHrefs(state: Pick<DownloadsState, "dataset" | "selection">): { csv: string; csvBom: string; json: string } {
  const query = selectionParams(state.dataset, state.selection).toString().replace(/%2C/g, ",");
  const csv = `/api/downloads/${state.dataset.id}.csv${query ? `?${query}` : ""}`;
  return { csv, csvBom: `${csv}${query ? "&" : "?"}bom=1`, json: `/api/v1/${state.dataset.id}${query ? `?${query}` : ""}` };
}

/** Whether the raw parameters already are the canonical form of the state. */
export function isCanonicalQuery(raw: SearchParams, canonical: string): boolean {
  const given = new URLSearchParams();
  for (const [k, v] of Object.entries(raw)) for (const item of Array.isArray(v) ? v : v === undefined ? [] : [v]) given.append(k, item);
  const text = given.toString().replace(/%2C/g, ",");
  return (text ? `?${text}` : "") === canonical;
}
