/**
 * VisitsChart colours its lines in this order (series i gets colour i); the
 * chart has no legend of its own, so the compare view draws one from here.
 */
export const COMPARE_COLORS = ["#0b5394", "#b45309", "#0f766e", "#7c3aed", "#be123c", "#4d7c0f", "#1d4ed8", "#6b7280"];

export function compareColor(index: number): string {
  return COMPARE_COLORS[index % COMPARE_COLORS.length];
}

/** A colour key for the chart's lines. */
export function CompareLegend({ label, items }: { label: string; items: Array<{ key: string; label: string }> }) {
  return (
    <ul className="compare-legend" aria-label={label}>
      {items.map((item, i) => (
        <li key={item.key}>
          <span className="compare-swatch" style={{ background: compareColor(i) }} aria-hidden="true" />
          {item.label}
        </li>
      ))}
    </ul>
  );
}
