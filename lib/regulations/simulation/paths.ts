/**
 * Paths to similarity: for an economy and a partner — another economy, or
 * a region (its members taken together) — the indicators where aligning the
 * economy's score would reduce its distance, the largest reduction first,
 * with the distance after aligning the first k.
 *
 * Only indicators the economy has already scored are considered (a change
 * of score, not a new entry), so every shared-indicator count stays as it
 * is and the distance is a sum of one term per indicator:
 *
 *   D = (1/T) Σₜ (1/nₜ) Σ_{i shared with t} |sᵢ − tᵢ|
 *
 * over the T partners whose distance is shown (MIN_OVERLAP), nₜ the overlap
 * with partner t. For a single partner, aligning indicator i means taking the
 * partner's score and reduces D by |sᵢ − tᵢ| / n. For a region, it means
 * taking the score (0, 0.5 or 1) that makes indicator i's term smallest
 * across the members — nearest to today's score when several do. The terms
 * are independent, so taking the largest reductions first is the fastest
 * path, and the distance after k steps is D minus the first k reductions.
 */
import { distanceBetween, isShown, scoresOf, SCORE_VALUES, withChanges, type Distance, type ScoreChange, type ScoreTable, type ScoreValue } from "./model";

export interface PartnerDistance extends Distance {
  iso3: string;
}

export interface PathStep {
  code: string;
  pillarCode: string;
  /** The economy's score today. */
  from: number;
  /** The score that aligns it. */
  to: ScoreValue;
  /** The partner's score (one economy), or the members' mean score on this indicator (a region). */
  partnerScore: number;
  /** Partners that have scored this indicator (of those counted). */
  partnersScored: number;
  /** How much this step alone lowers the distance. */
  reduction: number;
  /** The distance once this step and all before it are taken. */
  distanceAfter: number;
}

export interface SimilarityPath {
  iso3: string;
  /** The partners the distance is taken over: those whose distance to the economy is shown. */
  counted: PartnerDistance[];
  /** Partners left out for too little overlap. */
  tooLittle: PartnerDistance[];
  /** Mean of the counted partners' distances; null when none is counted. */
  distance: number | null;
  /** Indicators both have scored where they differ (for one partner), or where some member differs. */
  steps: PathStep[];
}

/** The mean distance from `iso3` to the partners in `partners`, over the given table. */
function meanDistance(table: ScoreTable, iso3: string, partners: readonly string[]): number | null {
  const own = scoresOf(table, iso3);
  const distances = partners.map((p) => distanceBetween(own, scoresOf(table, p))).filter(isShown);
  return distances.length === 0 ? null : distances.reduce((sum, d) => sum + d.distance, 0) / distances.length;
}

export function pathToSimilarity(table: ScoreTable, iso3: string, partners: readonly string[]): SimilarityPath {
  const own = scoresOf(table, iso3);
  const measured = partners.filter((p) => p !== iso3).flatMap((p) => {
    const d = distanceBetween(own, scoresOf(table, p));
    return d ? [{ iso3: p, ...d }] : [];
  });
  const counted = measured.filter((d) => isShown(d));
  const tooLittle = measured.filter((d) => !isShown(d));
  if (counted.length === 0) return { iso3, counted, tooLittle, distance: null, steps: [] };

  const T = counted.length;
  const candidates = table.indicators.flatMap((indicator) => {
    const from = own.get(indicator.code);
    if (from === undefined) return [];
    const scorers = counted.flatMap((p) => {
      const score = scoresOf(table, p.iso3).get(indicator.code);
      return score === undefined ? [] : [{ score, overlap: p.overlap }];
    });
    if (scorers.length === 0) return [];
    const term = (v: number) => scorers.reduce((sum, s) => sum + Math.abs(v - s.score) / s.overlap, 0) / T;
    const to = [...SCORE_VALUES].sort((a, b) => term(a) - term(b) || Math.abs(a - from) - Math.abs(b - from) || a - b)[0];
    const reduction = term(from) - term(to);
    if (!(reduction > 1e-12)) return [];
    const partnerScore = scorers.reduce((sum, s) => sum + s.score, 0) / scorers.length;
    return [{ code: indicator.code, pillarCode: indicator.pillarCode, from, to, partnerScore, partnersScored: scorers.length, reduction }];
  });
  // Largest reduction first; equal reductions in the indicators' order (the sort is stable).
  candidates.sort((a, b) => b.reduction - a.reduction);

  const partnerCodes = counted.map((p) => p.iso3);
  const steps: PathStep[] = candidates.map((step, k) => {
    const taken: ScoreChange[] = candidates.slice(0, k + 1).map((c) => ({ code: c.code, score: c.to }));
    return { ...step, distanceAfter: meanDistance(withChanges(table, iso3, taken), iso3, partnerCodes) ?? 0 };
  });
  return { iso3, counted, tooLittle, distance: meanDistance(table, iso3, partnerCodes), steps };
}
