/**
 * Colour-vision deficiency simulation, to check that the portal's colour
 * scales stay distinguishable for readers with protanopia, deuteranopia or
 * tritanopia. Uses the full-severity matrices of Machado, Oliveira & Fernandes
 * (2009), applied to linear sRGB, and measures differences as CIE76 ΔE in
 * CIELAB (D65). Pure functions; used by the unit test of the palettes.
 */
export type Vision = "normal" | "protanopia" | "deuteranopia" | "tritanopia";
type Rgb = [number, number, number];
type Matrix = [Rgb, Rgb, Rgb];

export const VISIONS: readonly Vision[] = ["normal", "protanopia", "deuteranopia", "tritanopia"];

const MATRICES: Record<Exclude<Vision, "normal">, Matrix> = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};

/** "#0b5394" → linear-light sRGB channels in 0..1. */
function linear(hex: string): Rgb {
  const m = /^#([0-9a-f]{6})$/i.exec(hex);
  if (!m) throw new Error(`not a #rrggbb colour: ${hex}`);
  const n = parseInt(m[1], 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255].map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as Rgb;
}

const clamp = (v: number) => Math.min(1, Math.max(0, v));

/** The colour as a reader with the given vision sees it, in linear sRGB. */
export function simulate(hex: string, vision: Vision): Rgb {
  const rgb = linear(hex);
  if (vision === "normal") return rgb;
  return MATRICES[vision].map((row) => clamp(row[0] * rgb[0] + row[1] * rgb[1] + row[2] * rgb[2])) as Rgb;
}

/** WCAG relative luminance of a linear sRGB colour. */
export function luminance([r, g, b]: Rgb): number {
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function lab([r, g, b]: Rgb): Rgb {
  const xyz = [
    (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047,
    0.2126 * r + 0.7152 * g + 0.0722 * b,
    (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883,
  ].map((t) => (t > 216 / 24389 ? Math.cbrt(t) : (24389 / 27 * t + 16) / 116));
  return [116 * xyz[1] - 16, 500 * (xyz[0] - xyz[1]), 200 * (xyz[1] - xyz[2])];
}

/** CIE76 colour difference of two colours as seen with the given vision (about 2.3 is just noticeable). */
export function deltaE(a: string, b: string, vision: Vision): number {
  const [x, y] = [lab(simulate(a, vision)), lab(simulate(b, vision))];
  return Math.hypot(x[0] - y[0], x[1] - y[1], x[2] - y[2]);
}
