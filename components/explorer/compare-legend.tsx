import { seriesColor } from "./series-colors";

/** A colour key for the chart's lines. */
export function CompareLegend({ label, items }: { label: string; items: Array<{ key: string; label: string }> }) {
  return (
    <ul className="compare-legend" aria-label={label}>
      {items.map((item, i) => (
        <li key={item.key}>
          <span className="compare-swatch" style={{ background: seriesColor(i) }} aria-hidden="true" />
          {item.label}
        </li>
      ))}
    </ul>
  );
}
