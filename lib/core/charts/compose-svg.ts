/**
 * A chart as a standalone image: the chart's own SVG drawing with its title
 * and finding above it and its source, link and demonstration marker below,
 * so that a chart pasted into a slide still says what it shows and where the
 * numbers come from. Pure: the browser serializes the chart, this lays out
 * the rest (components/ui/chart-downloads.tsx).
 */

export interface ChartDrawing {
  /** The chart's SVG children, serialized. */
  content: string;
  width: number;
  height: number;
}

export interface ChartImageText {
  title: string;
  summary?: string | null;
  source: string;
  url: string;
  /** The demonstration marker's text, or null when the chart shows real figures. */
  demoLabel: string | null;
}

export interface ChartImage {
  svg: string;
  width: number;
  height: number;
}

const PADDING = 24;
const MIN_WIDTH = 640;
const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif";
const STYLES = {
  title: { size: 20, weight: 700, fill: "#1a2433" },
  summary: { size: 14, weight: 400, fill: "#33404f" },
  footer: { size: 12, weight: 400, fill: "#4a5563" },
  demo: { size: 12, weight: 700, fill: "#7a3b00" },
} as const;

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c]!);
}

/** Splits text into lines of at most `width` pixels, by an average glyph width (no font metrics outside a browser). */
export function wrapText(text: string, width: number, fontSize: number): string[] {
  const perLine = Math.max(10, Math.floor(width / (fontSize * 0.56)));
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > perLine) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

export function composeChartSvg(chart: ChartDrawing, text: ChartImageText): ChartImage {
  const width = Math.round(Math.max(chart.width, MIN_WIDTH) + 2 * PADDING);
  const inner = width - 2 * PADDING;
  const parts: string[] = [];
  let y = PADDING;

  const block = (content: string, style: (typeof STYLES)[keyof typeof STYLES]) => {
    for (const line of wrapText(content, inner, style.size)) {
      y += style.size * 1.3;
      parts.push(`<text x="${PADDING}" y="${y.toFixed(1)}" font-size="${style.size}" font-weight="${style.weight}" fill="${style.fill}">${escapeXml(line)}</text>`);
    }
  };

  block(text.title, STYLES.title);
  if (text.summary) {
    y += 4;
    block(text.summary, STYLES.summary);
  }
  y += 12;
  parts.push(`<g transform="translate(${PADDING} ${y.toFixed(1)})">${chart.content}</g>`);
  y += chart.height + 12;

  if (text.demoLabel) {
    const lines = wrapText(text.demoLabel, inner - 16, STYLES.demo.size);
    const boxHeight = lines.length * STYLES.demo.size * 1.3 + 10;
    const boxWidth = Math.min(inner, Math.max(...lines.map((l) => l.length)) * STYLES.demo.size * 0.6 + 16);
    parts.push(`<rect x="${PADDING}" y="${y.toFixed(1)}" width="${boxWidth.toFixed(1)}" height="${boxHeight.toFixed(1)}" rx="3" fill="#fff4e5" stroke="#b35c00"/>`);
    const top = y;
    lines.forEach((line, i) => {
      const baseline = top + 5 + (i + 1) * STYLES.demo.size * 1.3 - 3;
      parts.push(`<text x="${PADDING + 8}" y="${baseline.toFixed(1)}" font-size="${STYLES.demo.size}" font-weight="${STYLES.demo.weight}" fill="${STYLES.demo.fill}">${escapeXml(line)}</text>`);
    });
    y += boxHeight + 4;
  }
  block(text.source, STYLES.footer);
  block(text.url, STYLES.footer);
  const height = Math.round(y + PADDING);

  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(FONT)}">`,
    `<title>${escapeXml(text.title)}</title>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    ...parts,
    `</svg>`,
  ].join("\n");
  return { svg, width, height };
}
