/**
 * Line colours of the explorer's charts, in series order (series i gets colour
 * i). Each keeps at least 3:1 contrast against the white chart background.
 */
const SERIES_COLORS = ["#0b5394", "#b45309", "#0f766e", "#7c3aed", "#be123c", "#4d7c0f", "#1d4ed8", "#6b7280"];

export function seriesColor(index: number): string {
  return SERIES_COLORS[index % SERIES_COLORS.length];
}
