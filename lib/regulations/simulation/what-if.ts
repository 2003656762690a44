/**
 * The what-if simulator: an economy's scores changed on some indicators,
 * and what that does to its pillar and overall scores, its rank in each
 * pillar among all FEALAC members (the others as they are today), and its
 * distance to every other member — each beside today's figure.
 */
import { distanceBetween, economyScores, rankAmong, scoresOf, withChanges, type Distance, type EconomyScores, type ScoreChange, type ScoreFigures, type ScoreTable } from "./model";

/** The code of the overall score's row (as in the regulation-scores dataset). */
export const OVERALL = "ALL";

export interface RankedScore extends ScoreFigures {
  /** 1 = most open; null without a score. */
  rank: number | null;
}

export interface SimulatedScore {
  /** A pillar code, or OVERALL. */
  pillarCode: string;
  today: RankedScore;
  simulated: RankedScore;
  /** Economies with a score in this pillar (what a rank is out of), in the simulation. */
  ranked: number;
}

export interface SimulatedDistance {
  iso3: string;
  regionCode: string | null;
  today: Distance | null;
  simulated: Distance | null;
}

export interface Simulation {
  iso3: string;
  changes: readonly ScoreChange[];
  /** Pillars in order, then the overall score. */
  scores: SimulatedScore[];
  /** Every other member, in the table's order. */
  distances: SimulatedDistance[];
}

type Pick = (scores: EconomyScores) => ScoreFigures;

/** Every member's scores, computed once per table. */
function allScores(table: ScoreTable): Map<string, EconomyScores> {
  return new Map(table.economies.map((e) => [e.iso3, economyScores(table, e.iso3)]));
}

function rankedIn(all: Map<string, EconomyScores>, iso3: string, pick: Pick): { own: RankedScore; ranked: number } {
  const values = [...all.values()].map((s) => pick(s).score);
  const scores = all.get(iso3);
  const own = scores ? pick(scores) : { score: null, scored: 0, total: 0 };
  return { own: { ...own, rank: rankAmong(own.score, values) }, ranked: values.filter((v) => v !== null).length };
}

export function simulate(table: ScoreTable, iso3: string, changes: readonly ScoreChange[]): Simulation {
  const after = withChanges(table, iso3, changes);
  const [todayAll, afterAll] = [allScores(table), allScores(after)];
  const pillarCodes = [...new Set(table.indicators.map((i) => i.pillarCode))];
  const row = (pillarCode: string): SimulatedScore => {
    const pick: Pick = (s) => (pillarCode === OVERALL ? s.overall : (s.pillars.get(pillarCode) ?? { score: null, scored: 0, total: 0 }));
    const today = rankedIn(todayAll, iso3, pick);
    const simulated = rankedIn(afterAll, iso3, pick);
    return { pillarCode, today: today.own, simulated: simulated.own, ranked: simulated.ranked };
  };
  const distances = table.economies
    .filter((e) => e.iso3 !== iso3)
    .map((e) => ({
      iso3: e.iso3,
      regionCode: e.regionCode,
      today: distanceBetween(scoresOf(table, iso3), scoresOf(table, e.iso3)),
      simulated: distanceBetween(scoresOf(after, iso3), scoresOf(after, e.iso3)),
    }));
  return { iso3, changes, scores: [...pillarCodes, OVERALL].map(row), distances };
}

/**
 * The changes of a scenario that change something, one per indicator (the
 * last given wins), in the indicators' order — the scenario's canonical form.
 */
export function effectiveChanges(table: ScoreTable, iso3: string, changes: readonly ScoreChange[]): ScoreChange[] {
  const today = scoresOf(table, iso3);
  const last = new Map(changes.map((c) => [c.code, c.score]));
  return table.indicators.flatMap(({ code }) => {
    const score = last.get(code);
    return score === undefined || today.get(code) === score ? [] : [{ code, score }];
  });
}
