import { seriesColor } from "@/components/explorer/series-colors";
import type { ChartPreview } from "@/lib/core/charts/view-chart";
import { PREVIEW_IMAGE } from "@/lib/core/share/preview-image";
import type { ViewPreview } from "./view-preview";

/** Room the chart outline takes in the image. */
const PLOT = { width: PREVIEW_IMAGE.width - 112, height: 200 };
const BARS_SHOWN = 5;

function Lines({ series }: { series: Extract<ChartPreview, { kind: "lines" }>["series"] }) {
  const values = series.flatMap((s) => s.values);
  const max = Math.max(...values, 0) || 1;
  const longest = Math.max(...series.map((s) => s.values.length), 2);
  const x = (i: number) => (i / (longest - 1)) * PLOT.width;
  const y = (v: number) => PLOT.height - (v / max) * (PLOT.height - 8) - 4;
  return (
    <svg width={PLOT.width} height={PLOT.height} viewBox={`0 0 ${PLOT.width} ${PLOT.height}`}>
      <line x1={0} y1={PLOT.height - 1} x2={PLOT.width} y2={PLOT.height - 1} stroke="#8a94a3" strokeWidth={2} />
      {series.map((s, i) => (
        <polyline key={s.key} fill="none" stroke={seriesColor(i)} strokeWidth={5} strokeLinejoin="round" points={s.values.map((v, j) => `${x(j).toFixed(1)},${y(v).toFixed(1)}`).join(" ")} />
      ))}
    </svg>
  );
}

function Bars({ bars }: { bars: Extract<ChartPreview, { kind: "bars" }>["bars"] }) {
  const shown = bars.slice(0, BARS_SHOWN);
  const max = Math.max(...shown.map((b) => b.value), 0) || 1;
  return (
    <div style={{ display: "flex", flexDirection: "column", gap: 8, width: PLOT.width }}>
      {shown.map((bar) => (
        <div key={bar.label} style={{ display: "flex", alignItems: "center", gap: 16 }}>
          <div style={{ display: "flex", width: 330, fontSize: 21, color: "#1a2330", overflow: "hidden", whiteSpace: "nowrap" }}>{bar.label}</div>
          <div style={{ display: "flex", height: 26, width: Math.max(4, (bar.value / max) * (PLOT.width - 350)), background: "#0b5394", borderRadius: 4 }} />
        </div>
      ))}
    </div>
  );
}

/**
 * A view's link preview (Open Graph and Twitter card image, oEmbed
 * thumbnail), drawn on the server: the portal's name, the chart's title and
 * finding, the chart's outline where it has one, its source and the
 * demonstration marker where the numbers are generated.
 */
export function PreviewImage({ preview, demoLabel, sourceLabel }: { preview: ViewPreview; demoLabel: string; sourceLabel: string | null }) {
  const outline = preview.chart?.preview;
  return (
    <div style={{ width: "100%", height: "100%", display: "flex", flexDirection: "column", background: "#ffffff", padding: "44px 56px" }}>
      <div style={{ display: "flex", alignItems: "center", fontSize: 22, color: "#ffffff", background: "#0b5394", padding: "6px 16px 10px", borderRadius: 6, alignSelf: "flex-start", flexShrink: 0 }}>{preview.siteName}</div>
      <div style={{ display: "flex", fontSize: 42, color: "#1a2330", marginTop: 20, lineHeight: 1.2, flexShrink: 0 }}>{preview.title}</div>
      <div style={{ display: "flex", fontSize: 24, color: "#4a5563", marginTop: 12, lineHeight: 1.3, flexShrink: 0 }}>{preview.description}</div>
      <div style={{ display: "flex", flexGrow: 1, flexShrink: 1, alignItems: "flex-end", marginTop: 16, overflow: "hidden" }}>
        {outline?.kind === "lines" ? <Lines series={outline.series} /> : outline?.kind === "bars" ? <Bars bars={outline.bars} /> : null}
      </div>
      <div style={{ display: "flex", justifyContent: "space-between", alignItems: "center", marginTop: 16, gap: 24, flexShrink: 0 }}>
        <div style={{ display: "flex", fontSize: 18, color: "#4a5563", flexShrink: 1 }}>{sourceLabel ?? ""}</div>
        {preview.chart?.credit.demo ? (
          <div style={{ display: "flex", fontSize: 20, color: "#6b3a00", background: "#fff4e5", border: "2px solid #e0a458", borderRadius: 6, padding: "6px 12px", flexShrink: 0 }}>{demoLabel}</div>
        ) : null}
      </div>
    </div>
  );
}
