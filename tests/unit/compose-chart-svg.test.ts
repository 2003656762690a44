import { describe, expect, it } from "vitest";
import { composeChartSvg, escapeXml, wrapText } from "@/lib/core/charts/compose-svg";

const chart = { content: '<rect class="bar" width="10" height="10"/>', width: 700, height: 320 };
const text = {
  title: "Visits to marketplaces in Chile",
  summary: "Visits to marketplaces in Chile rose 38% from 2019 to 2025 (demonstration data).",
  source: "Source: Demonstration data (generated; not real traffic) — monthly marketplace traffic",
  url: "https://portal.example/en/explorer/country/chl",
  demoLabel: "Demonstration data: generated numbers, not real traffic",
};
const texts = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);

describe("composeChartSvg", () => {
  it("draws the title, finding, chart, source, link and demonstration marker into one standalone SVG", () => {
    const { svg, width, height } = composeChartSvg(chart, text);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="748" height="\d+" viewBox="0 0 748 \d+"/);
    const lines = texts(svg);
    expect(lines[0]).toBe(text.title);
    expect(lines.join(" ")).toContain("rose 38%");
    expect(lines.join(" ")).toContain(escapeXml(text.source).slice(0, 40));
    expect(lines.at(-1)).toBe(text.url);
    expect(lines.join(" ")).toContain("Demonstration data: generated numbers");
    expect(svg).toContain(chart.content);
    expect(width).toBe(748);
    // Title, finding and footer add to the chart's own height.
    expect(height).toBeGreaterThan(chart.height + 120);
  });

  it("draws no demonstration marker for real figures", () => {
    const { svg } = composeChartSvg(chart, { ...text, demoLabel: null, summary: "Real." });
    expect(svg).not.toContain("Demonstration data: generated");
    expect(svg).not.toContain('stroke="#b35c00"');
  });

  it("escapes every text, so a title with markup stays a title", () => {
    const { svg } = composeChartSvg(chart, { ...text, title: `Q&A <b>"bold"</b> 'x'` });
    expect(svg).toContain("Q&amp;A &lt;b&gt;&quot;bold&quot;&lt;/b&gt; &apos;x&apos;");
    expect(svg).not.toContain("<b>");
  });

  it("wraps a long finding over several lines instead of running off the image", () => {
    const long = "Visits rose in every economy of the region over the period shown ".repeat(4).trim();
    const { svg } = composeChartSvg({ ...chart, width: 400 }, { ...text, summary: long });
    const summaryLines = texts(svg).filter((l) => long.includes(l));
    expect(summaryLines.length).toBeGreaterThan(2);
    expect(summaryLines.join(" ")).toBe(long);
  });
});

describe("wrapText", () => {
  it("keeps each line within the width by its average glyph width, words whole", () => {
    const lines = wrapText("one two three four five six seven eight nine ten", 100, 10);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(Math.floor(100 / 5.6));
    expect(lines.join(" ")).toBe("one two three four five six seven eight nine ten");
  });
});
