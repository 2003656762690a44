import type { Granularity } from "@/lib/explorer/view-state/options";

interface DateFormatter {
  dateTime(date: Date, options: { year: "numeric"; month: "short"; timeZone: string }): string;
}

/** A period's label: "2024", "2024 Q1" or the localized month ("Jan 2024", "ene 2024"). */
export function formatPeriod(period: string, granularity: Granularity, format: DateFormatter): string {
  const date = new Date(`${period}T00:00:00Z`);
  if (granularity === "year") return String(date.getUTCFullYear());
  if (granularity === "quarter") return `${date.getUTCFullYear()} Q${Math.floor(date.getUTCMonth() / 3) + 1}`;
  return format.dateTime(date, { year: "numeric", month: "short", timeZone: "UTC" });
}

/** A ratio (visits per internet user) to three significant digits, without rounding away whole units: 0.0123, 4.56, 1,234. */
export function formatRatio(value: number, locale: string): string {
  const wholeDigits = Math.floor(Math.log10(Math.abs(value))) + 1;
  return new Intl.NumberFormat(locale, { maximumSignificantDigits: Math.min(21, Math.max(3, wholeDigits)) }).format(value);
}
