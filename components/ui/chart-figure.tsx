"use client";

import { useId, useRef, type ReactNode } from "react";
import type { ChartCredit } from "@/lib/core/charts/credit";
import { ChartDownloads } from "./chart-downloads";

/** What every chart takes besides its data: its name, its finding and its credit. */
export interface ChartFrame {
  ariaLabel: string;
  /** The chart's finding in one sentence (lib/explorer/chart-summaries.ts, lib/regulations/chart-summary.ts): shown above it and read as its description. */
  summary?: string | null;
  /** Title, source and demonstration marker for the chart's downloads; without it the chart offers none. */
  credit?: ChartCredit;
}

/**
 * The frame of every chart: a labelled group whose one-sentence finding is
 * shown above it and read as its description, with the chart's image
 * downloads below it.
 */
export function ChartFigure({ ariaLabel, summary, credit, children }: ChartFrame & { children: ReactNode }) {
  const summaryId = useId();
  const figure = useRef<HTMLElement>(null);
  return (
    <figure ref={figure} className="chart" aria-label={ariaLabel} aria-describedby={summary ? summaryId : undefined} role="group">
      {summary ? (
        <p className="chart-summary" id={summaryId}>
          {summary}
        </p>
      ) : null}
      {children}
      {credit ? <ChartDownloads credit={credit} summary={summary} figure={figure} /> : null}
    </figure>
  );
}
