/** The region marks of the determinants scatter, also drawn in its legend (no chart code here). */
import type { RegionCode } from "@/lib/core/regions";

/** Region styles: colour and shape differ, so that colour is not the only cue. */
export const REGION_MARKS = {
  EAST_ASIA: { color: "#0b5394", shape: "circle" },
  LATIN_AMERICA: { color: "#b45309", shape: "triangle" },
} as const satisfies Record<RegionCode, { color: string; shape: "circle" | "triangle" }>;

export function RegionMark({ region, size = 12 }: { region: RegionCode; size?: number }) {
  const { color, shape } = REGION_MARKS[region];
  return (
    <svg width={size} height={size} viewBox="-7 -7 14 14" aria-hidden="true" className="determinants-mark">
      <Marker shape={shape} x={0} y={0} color={color} />
    </svg>
  );
}

export function Marker({ shape, x, y, color }: { shape: "circle" | "triangle"; x: number; y: number; color: string }) {
  return shape === "circle" ? (
    <circle cx={x} cy={y} r={5.5} fill={color} fillOpacity={0.85} stroke="#fff" strokeWidth={1} />
  ) : (
    <path d={`M${x},${y - 6.5} L${x + 6.5},${y + 5} L${x - 6.5},${y + 5} Z`} fill={color} fillOpacity={0.85} stroke="#fff" strokeWidth={1} />
  );
}
