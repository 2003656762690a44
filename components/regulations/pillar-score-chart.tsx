"use client";

import { ChartFigure, type ChartFrame } from "@/components/ui/chart-figure";
import { useFormatter } from "next-intl";
import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, XAxis, YAxis } from "recharts";

export interface PillarBar {
  /** "P07" */
  code: string;
  label: string;
  score: number;
}

/** Horizontal bars of the pillar scores (0–1), numbers written for the page's language; the page gives the same figures in a table. */
export function PillarScoreChart({
  bars,
  axisLabel,
  ...frame
}: {
  bars: PillarBar[];
  axisLabel: string;
} & ChartFrame) {
  const format = useFormatter();
  return (
    <ChartFigure {...frame}>
      <ResponsiveContainer width="100%" height={Math.max(140, bars.length * 34 + 60)}>
        <BarChart data={bars} layout="vertical" margin={{ top: 8, right: 48, bottom: 24, left: 8 }}>
          <CartesianGrid stroke="#e3e8ef" horizontal={false} />
          <XAxis
            type="number"
            domain={[0, 1]}
            ticks={[0, 0.25, 0.5, 0.75, 1]}
            tick={{ fontSize: 12 }}
            tickFormatter={(v: number) => format.number(v)}
            label={{ value: axisLabel, position: "insideBottom", offset: -16, style: { fontSize: 12, fill: "#4a5563" } }}
          />
          <YAxis type="category" dataKey="code" width={44} tick={{ fontSize: 12 }} interval={0} />
          <Bar dataKey="score" fill="#0b5394" isAnimationActive={false} minPointSize={2}>
            <LabelList dataKey="score" position="right" formatter={(v) => (typeof v === "number" ? format.number(v, { minimumFractionDigits: 2, maximumFractionDigits: 2 }) : "")} style={{ fontSize: 12, fill: "#1a2330" }} />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
}
