/**
 * The regulation method (lib/regulations/method.ts) as plain functions over a
 * table of scores held in memory, so that a scenario — "what if Chile scored
 * 0 on P03.2?" — can be computed without writing anything. The SQL views
 * (regulation_pillar_score, the distance self-join) stay the figures of
 * record; an integration test checks that these functions give the same
 * figures from the same entries.
 */
import { MIN_OVERLAP } from "@/lib/regulations/method";

/** The scores an entry may have: open, partial, restrictive. */
export const SCORE_VALUES = [0, 0.5, 1] as const;
export type ScoreValue = (typeof SCORE_VALUES)[number];

export interface IndicatorWeight {
  code: string;
  pillarCode: string;
  weight: number;
}

/**
 * The scored entries of every FEALAC member (status not NO_DATA, score set):
 * economy → indicator code → score. An indicator absent from an economy's
 * map is not scored there.
 */
export interface ScoreTable {
  /** In pillar and position order. */
  indicators: readonly IndicatorWeight[];
  economies: ReadonlyArray<{ iso3: string; regionCode: string | null }>;
  scores: ReadonlyMap<string, ReadonlyMap<string, number>>;
}

export interface ScoreFigures {
  score: number | null;
  scored: number;
  total: number;
}

export interface EconomyScores {
  /** By pillar code. */
  pillars: Map<string, ScoreFigures>;
  overall: ScoreFigures;
}

/** A change of one indicator's score in a scenario. */
export interface ScoreChange {
  code: string;
  score: ScoreValue;
}

const EMPTY: ReadonlyMap<string, number> = new Map();

export function scoresOf(table: ScoreTable, iso3: string): ReadonlyMap<string, number> {
  return table.scores.get(iso3) ?? EMPTY;
}

/** Weighted mean Σ wᵢ·sᵢ / Σ wᵢ over the scored indicators among `indicators`; null when none is scored. */
function weightedMean(indicators: readonly IndicatorWeight[], scores: ReadonlyMap<string, number>): ScoreFigures {
  let weighted = 0;
  let weights = 0;
  let scored = 0;
  for (const indicator of indicators) {
    const score = scores.get(indicator.code);
    if (score === undefined) continue;
    weighted += indicator.weight * score;
    weights += indicator.weight;
    scored += 1;
  }
  return { score: scored === 0 || weights === 0 ? null : weighted / weights, scored, total: indicators.length };
}

/** An economy's pillar scores and its overall score (the same mean over every indicator, not a mean of pillars). */
export function economyScores(table: ScoreTable, iso3: string): EconomyScores {
  const scores = scoresOf(table, iso3);
  const byPillar = new Map<string, IndicatorWeight[]>();
  for (const indicator of table.indicators) {
    const list = byPillar.get(indicator.pillarCode) ?? [];
    list.push(indicator);
    byPillar.set(indicator.pillarCode, list);
  }
  const pillars = new Map([...byPillar].map(([code, indicators]) => [code, weightedMean(indicators, scores)]));
  return { pillars, overall: weightedMean(table.indicators, scores) };
}

/**
 * Rank of a score among all economies' scores (the same as SQL's rank()
 * ordered by score): 1 is the most open, equal scores share a rank, and an
 * economy without a score has no rank.
 */
export function rankAmong(score: number | null, all: ReadonlyArray<number | null>): number | null {
  if (score === null) return null;
  return 1 + all.filter((other) => other !== null && other < score).length;
}

export interface Distance {
  distance: number;
  overlap: number;
}

/** Mean absolute difference over the indicators both have scored; null when they share none. */
export function distanceBetween(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): Distance | null {
  let sum = 0;
  let overlap = 0;
  for (const [code, score] of a) {
    const other = b.get(code);
    if (other === undefined) continue;
    sum += Math.abs(score - other);
    overlap += 1;
  }
  return overlap === 0 ? null : { distance: sum / overlap, overlap };
}

/** Whether a distance rests on enough shared indicators to be shown. */
export function isShown(d: Distance | null): d is Distance {
  return d !== null && d.overlap >= MIN_OVERLAP;
}

/** The table with one economy's scores changed (the others untouched; nothing is written anywhere). */
export function withChanges(table: ScoreTable, iso3: string, changes: readonly ScoreChange[]): ScoreTable {
  if (changes.length === 0) return table;
  const changed = new Map(scoresOf(table, iso3));
  for (const change of changes) changed.set(change.code, change.score);
  const scores = new Map(table.scores);
  scores.set(iso3, changed);
  return { ...table, scores };
}

/** Whether a string is one of the scores an entry may have ("0", "0.5", "1"). */
export function parseScoreValue(raw: string): ScoreValue | undefined {
  return SCORE_VALUES.find((value) => String(value) === raw);
}
