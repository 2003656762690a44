import type { ReactNode } from "react";
import type { ChartCredit } from "./credit";

/** The shape of a chart simple enough to draw in a link preview image (app/api/og). */
export type ChartPreview =
  | { kind: "lines"; series: Array<{ key: string; values: number[] }> }
  | { kind: "bars"; bars: Array<{ label: string; value: number }> };

/**
 * A view's chart, built once for the view itself, its chart-only embed route
 * and its link preview: the drawn chart, its one-sentence finding, its credit
 * (title, source, demonstration marker) and the outline a preview image draws.
 */
export interface ViewChart {
  chart: ReactNode;
  summary: string | null;
  credit: ChartCredit;
  preview: ChartPreview | null;
}
