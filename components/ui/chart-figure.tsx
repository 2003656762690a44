"use client";

import { useId, type ReactNode } from "react";
import type { ChartCredit } from "@/lib/core/charts/credit";

/** What every chart takes besides its data: its name, its finding and its credit. */
export interface ChartFrame {
  ariaLabel: string;
  /** The chart's finding in one sentence (lib/explorer/chart-summaries.ts, lib/regulations/chart-summary.ts): shown above it and read as its description. */
  summary?: string | null;
  /** Title, source and demonstration marker for the chart's downloads. */
  credit?: ChartCredit;
}

/**
 * The frame of every chart: a labelled group whose one-sentence finding is
 * shown above it and read as its description.
 */
export function ChartFigure({ ariaLabel, summary, children }: ChartFrame & { children: ReactNode }) {
  const summaryId = useId();
  return (
    <figure className="chart" aria-label={ariaLabel} aria-describedby={summary ? summaryId : undefined} role="group">
      {summary ? (
        <p className="chart-summary" id={summaryId}>
          {summary}
        </p>
      ) : null}
      {children}
    </figure>
  );
}
