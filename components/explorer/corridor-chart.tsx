"use client";

import { ChartFigure, type ChartFrame } from "@/components/ui/chart-figure";
import { useFormatter } from "next-intl";
import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export interface CorridorBar {
  key: string;
  /** "Japan → Chile" */
  label: string;
  visits: number;
}

/** Horizontal bars of the largest corridors; the page offers the same figures as a table. */
export function CorridorChart({
  bars,
  unitLabel,
  ...frame
}: {
  bars: CorridorBar[];
  unitLabel: string;
} & ChartFrame) {
  const format = useFormatter();
  const compact = (v: number) => format.number(v, { notation: "compact", maximumFractionDigits: 1 });
  // Room for the longest "origin → destination" label; longer ones wrap to two lines, leaving the bars room on a phone.
  const labelWidth = Math.min(170, Math.max(110, ...bars.map((b) => b.label.length * 7)));
  return (
    <ChartFigure {...frame}>
      <ResponsiveContainer width="100%" height={Math.max(160, bars.length * 34 + 56)}>
        <BarChart data={bars} layout="vertical" margin={{ top: 8, right: 56, bottom: 24, left: 8 }}>
          <CartesianGrid stroke="#e3e8ef" horizontal={false} />
          <XAxis
            type="number"
            tickFormatter={compact}
            tick={{ fontSize: 12 }}
            label={{ value: unitLabel, position: "insideBottom", offset: -16, style: { fontSize: 12, fill: "#4a5563" } }}
          />
          <YAxis type="category" dataKey="label" width={labelWidth} tick={{ fontSize: 12 }} interval={0} />
          <Tooltip formatter={(value) => (typeof value === "number" ? format.number(value) : String(value))} cursor={{ fill: "#f5f7fa" }} />
          <Bar dataKey="visits" name={unitLabel} fill="#0b5394" isAnimationActive={false}>
            <LabelList dataKey="visits" position="right" formatter={(v) => (typeof v === "number" ? compact(v) : "")} style={{ fontSize: 12, fill: "#1a2330" }} />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
}
