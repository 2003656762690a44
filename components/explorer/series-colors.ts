/**
 * Line colours of the explorer's charts, in series order (series i gets colour
 * i). Each keeps at least 3:1 contrast against the white chart background, and
 * every two stay apart (CIE76 ΔE ≥ 20) for readers with protanopia,
 * deuteranopia or tritanopia too (tests/unit/colour-scales.test.ts).
 */
export const SERIES_COLORS = ["#0b5394", "#b45309", "#9900ff", "#552211", "#ee0066", "#dd55ee", "#440099", "#449988"];

export function seriesColor(index: number): string {
  return SERIES_COLORS[index % SERIES_COLORS.length];
}
