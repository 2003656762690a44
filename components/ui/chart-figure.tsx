"use client";

import { useId, type ReactNode } from "react";

/**
 * The frame of every chart: a labelled group whose one-sentence finding
 * (the chart summaries, lib/explorer/chart-summaries.ts and
 * lib/regulations/chart-summary.ts) is shown above it and read as its
 * description.
 */
export function ChartFigure({ ariaLabel, summary, children }: { ariaLabel: string; summary?: string | null; children: ReactNode }) {
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
