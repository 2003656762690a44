/**
 * Charts do not move: every Recharts series (line, bar, area, scatter, pie)
 * is drawn with isAnimationActive={false}, so a reader who asks for reduced
 * motion — and everyone else — gets the finished chart at once. (CSS
 * transitions are switched off under prefers-reduced-motion in globals.css,
 * checked by e2e/keyboard.spec.ts.)
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    return statSync(file).isDirectory() ? sources(file) : file.endsWith(".tsx") ? [file] : [];
  });
}

/** Each Recharts series element of a file, as "file: <Tag …>" with its attributes. */
function seriesElements(file: string): string[] {
  const text = readFileSync(file, "utf8");
  if (!text.includes('from "recharts"')) return [];
  return [...text.matchAll(/<(Line|Bar|Area|Scatter|Pie|Radar)\b(=>|[^>])*?\/?>/g)].map((m) => `${file}: ${m[0].replace(/\s+/g, " ")}`);
}

describe("chart motion", () => {
  const elements = [...sources("components"), ...sources("app")].flatMap(seriesElements);

  it("finds the charts' series", () => {
    expect(elements.length).toBeGreaterThanOrEqual(4);
  });

  it("draws every series without animation", () => {
    expect(elements.filter((e) => !e.includes("isAnimationActive={false}"))).toEqual([]);
  });
});
