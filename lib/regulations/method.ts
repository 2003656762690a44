/**
 * How the regulation database turns entries into scores and distances. The
 * figures are computed in SQL from the entries each time, never stored or
 * typed in: scores by the views regulation_scored_entry and
 * regulation_pillar_score (migration regulation_scores_view), distances in
 * lib/regulations/queries/similarity.ts.
 *
 * Entry score: 0 (open / simplified), 0.5 (partial) or 1 (restrictive), as in
 * ESCAP's RDTII. An entry counts as scored when its status is not NO_DATA and
 * it has a score.
 *
 * Pillar score of an economy: the weighted mean of its scored entries in that
 * pillar, each weighted by its indicator's weight: Σ wᵢ·sᵢ / Σ wᵢ. Indicators
 * without a score are left out (not counted as 0), and every score says how
 * many indicators it rests on out of how many the pillar has.
 *
 * Overall score: the same weighted mean over every scored indicator of the
 * economy, across all pillars (not a mean of pillar scores).
 *
 * Distance between two economies: the mean absolute difference of their
 * scores over the indicators both have scored, Σ |sₐ − s_b| / n, from 0
 * (identical rules) to 1 (opposite on every shared indicator), with n, the
 * overlap, shown beside it. Below MIN_OVERLAP shared indicators the distance
 * is not shown: it would rest on too little.
 *
 * The same method, as plain functions over the scores held in memory, is in
 * lib/regulations/simulation/ for the what-if simulator and the paths to
 * similarity; a test holds both to the same figures.
 */

/** Fewest indicators two economies must both have scored for their distance to be shown. */
export const MIN_OVERLAP = 3;

/** Most economies the compare view puts side by side, and fewest it needs. */
export const MAX_COMPARE = 5;
export const MIN_COMPARE = 2;

/** Status keys as the URL writes them, in display order. */
export const STATUS_KEYS = ["in-force", "partial", "draft", "none", "no-data"] as const;
export type StatusKey = (typeof STATUS_KEYS)[number];

export const STATUS_OF_KEY = {
  "in-force": "IN_FORCE",
  partial: "PARTIAL",
  draft: "DRAFT",
  none: "NONE",
  "no-data": "NO_DATA",
} as const satisfies Record<StatusKey, string>;
export type RegulationStatusName = (typeof STATUS_OF_KEY)[StatusKey];

export function statusKey(status: string): StatusKey {
  const found = STATUS_KEYS.find((key) => STATUS_OF_KEY[key] === status);
  return found ?? "no-data";
}

/** Shading class (0–4) of a distance for the heatmap: five equal bands of 0–1. */
export function distanceBand(distance: number): number {
  return Math.min(4, Math.max(0, Math.floor(distance * 5)));
}
