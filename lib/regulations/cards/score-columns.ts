/**
 * Columns of a score (a pillar's or the overall, from the SQL view
 * regulation_pillar_score): the figure and how many indicators it rests on,
 * named as in the regulation-scores dataset.
 */
import type { CardColumn } from "@/lib/core/cards/types";
import { COLUMNS, type ColumnSpec } from "@/lib/core/columns";

export interface ScoreFigures {
  score: number | null;
  scored: number;
  total: number;
}

export const SCORE: ColumnSpec = {
  ...COLUMNS.score,
  description: "Weighted mean of the scored entries' scores (indicator weights); empty when no indicator is scored",
};
export const INDICATORS_SCORED: ColumnSpec = { name: "indicators_scored", type: "integer", unit: "indicators", description: "Indicators the score rests on" };
export const INDICATORS_TOTAL: ColumnSpec = { name: "indicators_total", type: "integer", unit: "indicators", description: "Indicators in the pillar (or in all pillars)" };

/** The score, "n of m" indicators on the page, and the total as its own CSV column. */
export function scoreColumns<Row extends ScoreFigures>(): Array<CardColumn<Row>> {
  return [
    { ...SCORE, value: (r) => r.score, label: "profile.scoreCol", format: "score", missing: "noData" },
    {
      ...INDICATORS_SCORED,
      value: (r) => r.scored,
      label: "profile.restsOnCol",
      format: "integer",
      display: (r, { t }) => t("profile.restsOn", { scored: r.scored, total: r.total }),
    },
    { ...INDICATORS_TOTAL, value: (r) => r.total },
  ];
}
