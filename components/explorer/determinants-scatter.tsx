"use client";

import { ChartFigure, type ChartFrame } from "@/components/ui/chart-figure";
import { useFormatter } from "next-intl";
import { CartesianGrid, ResponsiveContainer, Scatter, ScatterChart, Tooltip, XAxis, YAxis, type TooltipContentProps } from "recharts";
import type { RegionCode } from "@/lib/core/regions";
import { Marker, REGION_MARKS } from "./region-mark";

export interface ScatterPoint {
  iso3: string;
  region: RegionCode;
  country: string;
  /** The country page, with its locale prefix (points are plain SVG links). */
  href: string;
  x: number;
  y: number;
  /** Formatted values for the tooltip: "81.2 (2021)", "3.4". */
  xText: string;
  yText: string;
  source: string;
  /** The point's accessible name. */
  label: string;
}

/** Scatter of a traffic measure (y) against an indicator (x); each point is a link to its country page. */
export function DeterminantsScatter({
  points,
  xLabel,
  yLabel,
  yIsShare,
  ...frame
}: {
  points: ScatterPoint[];
  xLabel: string;
  yLabel: string;
  yIsShare: boolean;
} & ChartFrame) {
  const format = useFormatter();
  const xTick = (v: number) => format.number(v, { notation: "compact", maximumFractionDigits: 1 });
  const yTick = (v: number) => (yIsShare ? format.number(v, { style: "percent", maximumFractionDigits: 0 }) : format.number(v, { maximumSignificantDigits: 3 }));
  const regions = (Object.keys(REGION_MARKS) as RegionCode[]).filter((r) => points.some((p) => p.region === r));

  return (
    <ChartFigure {...frame}>
      {/* Axis titles are HTML rather than SVG text so that long indicator names wrap on a phone. */}
      <p className="determinants-axis determinants-axis--y" aria-hidden="true">
        ↑ {yLabel}
      </p>
      <ResponsiveContainer width="100%" height={360}>
        <ScatterChart margin={{ top: 12, right: 20, bottom: 8, left: 4 }}>
          <CartesianGrid stroke="#e3e8ef" />
          <XAxis
            type="number"
            dataKey="x"
            name={xLabel}
            domain={["auto", "auto"]}
            tickFormatter={xTick}
            tick={{ fontSize: 12 }}
          />
          <YAxis
            type="number"
            dataKey="y"
            name={yLabel}
            domain={["auto", "auto"]}
            tickFormatter={yTick}
            width={56}
            tick={{ fontSize: 12 }}
          />
          <Tooltip content={PointTooltip} cursor={{ strokeDasharray: "3 3" }} />
          {regions.map((region) => (
            <Scatter
              key={region}
              data={points.filter((p) => p.region === region)}
              isAnimationActive={false}
              shape={(props: { cx?: number; cy?: number; payload?: ScatterPoint }) =>
                props.cx === undefined || props.cy === undefined || !props.payload ? (
                  <g />
                ) : (
                  <a href={props.payload.href} aria-label={props.payload.label} className="determinants-point">
                    <Marker shape={REGION_MARKS[region].shape} x={props.cx} y={props.cy} color={REGION_MARKS[region].color} />
                  </a>
                )
              }
            />
          ))}
        </ScatterChart>
      </ResponsiveContainer>
      <p className="determinants-axis determinants-axis--x" aria-hidden="true">
        {xLabel} →
      </p>
    </ChartFigure>
  );
}

function PointTooltip({ active, payload }: TooltipContentProps) {
  const point = active ? (payload?.[0]?.payload as ScatterPoint | undefined) : undefined;
  if (!point) return null;
  return (
    <div className="determinants-tooltip">
      <strong>{point.country}</strong>
      <br />
      {point.yText}
      <br />
      {point.xText}
      <br />
      <span className="small muted">{point.source}</span>
    </div>
  );
}
