/**
 * The portal's colour scales stay readable under colour-vision deficiency:
 * each palette is passed through the protanopia, deuteranopia and tritanopia
 * simulations (lib/core/colour-vision.ts) and its colours must stay apart.
 * The shaded scales are read from the style sheets that draw them, so a new
 * shade is checked without touching this test.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { REGION_MARKS } from "@/components/explorer/region-mark";
import { SERIES_COLORS } from "@/components/explorer/series-colors";
import { deltaE, luminance, simulate, VISIONS } from "@/lib/core/colour-vision";

/** ΔE between two categories (lines, regions, origin parts): clearly different at a glance. */
const CATEGORY_MIN = 20;
/** ΔE between neighbouring steps of a shaded scale. */
const STEP_MIN = 7;

/** The background colours of `.<prefix>--0`, `--1`, … in a style sheet, in step order. */
function shades(sheet: string, prefix: string): string[] {
  const css = readFileSync(`app/styles/${sheet}`, "utf8");
  const found = [...css.matchAll(new RegExp(`\\.${prefix}--(\\d+)[^{]*\\{[^}]*background:\\s*(#[0-9a-f]{6})`, "gi"))];
  return found.sort((a, b) => Number(a[1]) - Number(b[1])).map((m) => m[2]);
}

function pairs(colours: readonly string[]): Array<[string, string]> {
  return colours.flatMap((a, i) => colours.slice(i + 1).map((b) => [a, b] as [string, string]));
}

/** Every pair closer than `min` under some vision, as "vision a b ΔE" lines. */
function tooClose(colourPairs: Array<[string, string]>, min: number): string[] {
  return VISIONS.flatMap((vision) =>
    colourPairs.filter(([a, b]) => deltaE(a, b, vision) < min).map(([a, b]) => `${vision} ${a} ${b} ΔE ${deltaE(a, b, vision).toFixed(1)}`),
  );
}

describe("colour-vision simulation", () => {
  it("turns red and green into near twins for protanopia and deuteranopia but not for normal vision", () => {
    expect(deltaE("#d62728", "#2ca02c", "normal")).toBeGreaterThan(60);
    expect(deltaE("#cc5500", "#668800", "deuteranopia")).toBeLessThan(15);
    expect(deltaE("#cc5500", "#668800", "protanopia")).toBeLessThan(15);
  });

  it("turns blue and green closer for tritanopia", () => {
    expect(deltaE("#0072b2", "#009e73", "tritanopia")).toBeLessThan(deltaE("#0072b2", "#009e73", "normal") / 2);
  });

  it("leaves greys alone", () => {
    for (const vision of VISIONS) expect(deltaE("#777777", "#777777", vision)).toBe(0);
    expect(luminance(simulate("#ffffff", "deuteranopia"))).toBeCloseTo(1, 2);
  });
});

describe("colour scales under colour-vision deficiency", () => {
  it("keeps every two chart series apart", () => {
    expect(SERIES_COLORS.length).toBeGreaterThanOrEqual(8);
    expect(tooClose(pairs(SERIES_COLORS), CATEGORY_MIN)).toEqual([]);
  });

  it("keeps chart series at 3:1 contrast against the white background", () => {
    for (const colour of SERIES_COLORS) expect(1.05 / (luminance(simulate(colour, "normal")) + 0.05), colour).toBeGreaterThanOrEqual(3);
  });

  it("keeps the two regions of the scatter apart", () => {
    expect(tooClose([[REGION_MARKS.EAST_ASIA.color, REGION_MARKS.LATIN_AMERICA.color]], CATEGORY_MIN)).toEqual([]);
  });

  it("keeps the parts of the visitor-origin bar apart", () => {
    const css = readFileSync("app/styles/explorer.css", "utf8");
    const origin = [...css.matchAll(/\.swatch--\w+\s*\{\s*background:\s*(#[0-9a-f]{6})/gi)].map((m) => m[1]);
    expect(origin).toHaveLength(4);
    expect(tooClose(pairs(origin), CATEGORY_MIN)).toEqual([]);
  });

  for (const [name, sheet, prefix] of [
    ["corridor matrix", "explorer.css", "corridor-shade"],
    ["policy gap matrix", "policies.css", "gap-cell"],
  ] as const) {
    it(`orders the ${name} shades from light to dark for every vision, each step visible`, () => {
      const scale = shades(sheet, prefix);
      expect(scale.length).toBeGreaterThanOrEqual(4);
      const steps = scale.slice(1).map((colour, i) => [scale[i], colour] as [string, string]);
      expect(tooClose(steps, STEP_MIN)).toEqual([]);
      for (const vision of VISIONS) {
        const light = scale.map((c) => luminance(simulate(c, vision)));
        expect(light.every((l, i) => i === 0 || l < light[i - 1]), `${name} under ${vision}`).toBe(true);
      }
    });
  }

  it("keeps the similarity scale's two ends and every step apart", () => {
    const scale = shades("regulations.css", "similarity-shade");
    expect(scale).toHaveLength(5);
    const steps = scale.slice(1).map((colour, i) => [scale[i], colour] as [string, string]);
    expect(tooClose([...steps, [scale[0], scale[scale.length - 1]]], CATEGORY_MIN)).toEqual([]);
  });
});
