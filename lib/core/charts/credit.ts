import type { SummaryTranslate } from "./summary";

/**
 * What a chart says about itself wherever it leaves the page: drawn into its
 * PNG and SVG downloads, and shown around it on its embed route.
 */
export interface ChartCredit {
  /** The chart's title, as its view names it. */
  title: string;
  /** Where the numbers come from, in the page's language. */
  source: string;
  /** Whether the chart shows generated demonstration numbers (the image and embed then say so). */
  demo: boolean;
  /** The download's file name, without extension: lower-case words joined by hyphens. */
  fileName: string;
}

/** A file name from words: "Visits in Chile, 2019–2025" → "visits-in-chile-2019-2025". */
export function chartFileName(...words: Array<string | number>): string {
  const name = words
    .join(" ")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return name.slice(0, 80).replace(/-+$/, "") || "chart";
}

/** The credit line of a traffic chart: the sources its rows name, or the panel alone when they name none. */
export function trafficSource(t: SummaryTranslate, sources: readonly string[]): string {
  return sources.length > 0 ? t("credit.traffic", { sources: sources.join("; ") }) : t("credit.trafficUnknown");
}
