/**
 * One computed sentence per chart: its main finding, shown beside the chart
 * and read as the chart's accessible description. The findings are worked
 * out by pure functions (lib/explorer/chart-summaries.ts,
 * lib/regulations/chart-summary.ts) from the same figures the chart draws;
 * the sentences come from the "charts" messages, numbers written for the
 * page's language.
 */
import type { createFormatter } from "next-intl";

/** The "charts" translator, loosely typed so the summary functions stay pure and testable. */
export type SummaryTranslate = (key: string, values?: Record<string, string | number>) => string;

/** The parts of next-intl's formatter a summary uses. */
export type SummaryFormat = Pick<ReturnType<typeof createFormatter>, "number" | "list">;

/** next-intl's typed translator for the "charts" messages, as a summary function takes it. */
export function summaryTranslator(t: unknown): SummaryTranslate {
  return t as SummaryTranslate;
}

/** A measure's name inside a sentence: "Visits per internet user" → "visits per internet user" (the rest kept, "Internet" too). */
export function inSentence(name: string, locale: string): string {
  return name.charAt(0).toLocaleLowerCase(locale) + name.slice(1);
}

/** "(demonstration data)" or nothing, as a select argument of the messages. */
export function demoFlag(demo: boolean): string {
  return demo ? "true" : "false";
}
