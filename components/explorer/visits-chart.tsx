"use client";

import { ChartFigure, type ChartFrame } from "@/components/ui/chart-figure";
import { useFormatter } from "next-intl";
import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatPeriod } from "@/lib/explorer/format";
import type { Granularity } from "@/lib/explorer/view-state/options";
import { seriesColor } from "./series-colors";

export interface ChartSeries {
  key: string;
  label: string;
  points: Array<{ period: string; value: number }>;
}

/** Line chart of one or more series over periods; its table equivalent is rendered beside it by the page. */
export function VisitsChart({
  series,
  granularity,
  unitLabel,
  ...frame
}: {
  series: ChartSeries[];
  granularity: Granularity;
  unitLabel: string;
} & ChartFrame) {
  const format = useFormatter();
  const periods = [...new Set(series.flatMap((s) => s.points.map((p) => p.period)))].sort();
  const data = periods.map((period) => {
    const row: Record<string, string | number | null> = { period };
    for (const s of series) row[s.key] = s.points.find((p) => p.period === period)?.value ?? null;
    return row;
  });
  const periodLabel = (period: string) => formatPeriod(period, granularity, format);
  const compact = (v: number) => format.number(v, { notation: "compact", maximumFractionDigits: 1 });

  return (
    <ChartFigure {...frame}>
      <ResponsiveContainer width="100%" height={320}>
        <LineChart data={data} margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
          <CartesianGrid stroke="#e3e8ef" />
          <XAxis dataKey="period" tickFormatter={periodLabel} minTickGap={24} tick={{ fontSize: 12 }} />
          <YAxis
            tickFormatter={compact}
            width={64}
            tick={{ fontSize: 12 }}
            label={{ value: unitLabel, angle: -90, position: "insideLeft", style: { fontSize: 12, fill: "#4a5563" } }}
          />
          <Tooltip
            labelFormatter={(label) => periodLabel(String(label))}
            formatter={(value) => (typeof value === "number" ? format.number(value, { maximumFractionDigits: 2 }) : String(value))}
          />
          {series.map((s, i) => (
            <Line
              key={s.key}
              type="monotone"
              dataKey={s.key}
              name={s.label}
              stroke={seriesColor(i)}
              strokeWidth={2}
              dot={false}
              isAnimationActive={false}
              connectNulls={false}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
}
