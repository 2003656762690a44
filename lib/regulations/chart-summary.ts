/**
 * The pillar-score chart's finding (economy profile): the most and the least
 * restrictive of the scored pillars, from the bars the chart draws.
 */
import type { SummaryFormat, SummaryTranslate } from "@/lib/core/charts/summary";

export interface PillarFigure {
  code: string;
  /** The pillar's name in the page's language. */
  name: string;
  score: number;
}

export type PillarFinding =
  | { kind: "range"; n: number; high: PillarFigure[]; low: PillarFigure[] }
  | { kind: "equal"; n: number; score: number }
  | null;

export function pillarFinding(bars: PillarFigure[]): PillarFinding {
  if (bars.length === 0) return null;
  const scores = bars.map((b) => b.score);
  const max = Math.max(...scores);
  const min = Math.min(...scores);
  if (max === min) return { kind: "equal", n: bars.length, score: max };
  return { kind: "range", n: bars.length, high: bars.filter((b) => b.score === max), low: bars.filter((b) => b.score === min) };
}

const SCORE = { minimumFractionDigits: 2, maximumFractionDigits: 2 } as const;

export function pillarSummary(finding: PillarFinding, { t, format, economy }: { t: SummaryTranslate; format: SummaryFormat; economy: string }): string | null {
  if (!finding) return null;
  if (finding.kind === "equal") return t("pillars.equal", { economy, n: finding.n, score: format.number(finding.score, SCORE) });
  const names = (list: PillarFigure[]) => format.list(list.map((p) => `${p.code} ${p.name}`), { type: "conjunction" });
  return t("pillars.range", {
    economy,
    n: finding.n,
    high: names(finding.high),
    highCount: finding.high.length,
    highScore: format.number(finding.high[0].score, SCORE),
    low: names(finding.low),
    lowCount: finding.low.length,
    lowScore: format.number(finding.low[0].score, SCORE),
  });
}
