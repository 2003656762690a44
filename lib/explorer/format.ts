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
