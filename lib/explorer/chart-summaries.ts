/**
 * The explorer charts' findings: the visits trend (region, country and
 * marketplace charts), the largest corridor, and the top of the
 * determinants scatter. Each finding is computed from the figures the chart
 * draws; when they are too thin for a finding the sentence says so.
 */
import { demoFlag, type SummaryFormat, type SummaryTranslate } from "@/lib/core/charts/summary";
import type { Granularity } from "@/lib/explorer/view-state/options";

const MONTHS_IN: Record<Granularity, number> = { month: 1, quarter: 3, year: 12 };

export interface TrendPoint {
  /** Period start, "2024-01-01". */
  period: string;
  value: number;
  /** Months with data in the period; a point without it counts as a full period. */
  months?: number;
}

export type VisitsFinding =
  | { kind: "change"; from: number; to: number; fromVisits: number; toVisits: number; change: number }
  | { kind: "single"; year: number; visits: number }
  | { kind: "none" };

/**
 * Visits in the first and the last full calendar year of the series (a year
 * whose periods cover all twelve months), and the change between them.
 */
export function visitsFinding(points: TrendPoint[], granularity: Granularity): VisitsFinding {
  const years = new Map<number, { months: number; visits: number }>();
  for (const p of points) {
    const year = Number(p.period.slice(0, 4));
    const y = years.get(year) ?? { months: 0, visits: 0 };
    y.months += p.months ?? MONTHS_IN[granularity];
    y.visits += p.value;
    years.set(year, y);
  }
  const full = [...years.entries()].filter(([, y]) => y.months >= 12).sort(([a], [b]) => a - b);
  if (full.length === 0) return { kind: "none" };
  const [from, first] = full[0];
  const [to, last] = full[full.length - 1];
  if (full.length === 1 || first.visits === 0) return { kind: "single", year: to, visits: last.visits };
  return { kind: "change", from, to, fromVisits: first.visits, toVisits: last.visits, change: last.visits / first.visits - 1 };
}

export function visitsSummary(
  finding: VisitsFinding,
  { t, format, scope, marketplace = false, demo }: { t: SummaryTranslate; format: SummaryFormat; scope: string; marketplace?: boolean; demo: boolean },
): string {
  const common = { scope, kind: marketplace ? "marketplace" : "area", demo: demoFlag(demo) };
  if (finding.kind === "none") return t("visits.none", common);
  if (finding.kind === "single") {
    return t("visits.single", { ...common, year: String(finding.year), visits: format.number(finding.visits, { maximumFractionDigits: 0 }) });
  }
  const rounded = Math.round(finding.change * 100);
  const direction = rounded > 0 ? "up" : rounded < 0 ? "down" : "same";
  return t("visits.change", {
    ...common,
    direction,
    change: format.number(Math.abs(finding.change), { style: "percent", maximumFractionDigits: 0 }),
    from: String(finding.from),
    to: String(finding.to),
  });
}

export interface CorridorFigure {
  label: string;
  visits: number;
}

export type CorridorFinding = { label: string; visits: number; share: number; count: number } | null;

/** The largest of the corridors drawn, and its share of their visits. */
export function corridorFinding(bars: CorridorFigure[]): CorridorFinding {
  const total = bars.reduce((n, b) => n + b.visits, 0);
  if (bars.length === 0 || total <= 0) return null;
  const top = bars.reduce((best, b) => (b.visits > best.visits ? b : best));
  return { label: top.label, visits: top.visits, share: top.visits / total, count: bars.length };
}

export function corridorSummary(
  finding: CorridorFinding,
  { t, format, year, demo }: { t: SummaryTranslate; format: SummaryFormat; year: number; demo: boolean },
): string | null {
  if (!finding) return null;
  return t("corridor.top", {
    pair: finding.label,
    year: String(year),
    visits: format.number(finding.visits, { maximumFractionDigits: 0 }),
    share: format.number(finding.share, { style: "percent", maximumFractionDigits: 0 }),
    count: finding.count,
    demo: demoFlag(demo),
  });
}

export interface ScatterFigure {
  country: string;
  y: number;
}

export type ScatterFinding = { n: number; top: string[]; y: number } | null;

/** How many economies the scatter shows, and which has (or share) the highest traffic measure. */
export function scatterFinding(points: ScatterFigure[]): ScatterFinding {
  if (points.length === 0) return null;
  const y = Math.max(...points.map((p) => p.y));
  const top = points.filter((p) => p.y === y).map((p) => p.country);
  return { n: points.length, top, y };
}

export function scatterSummary(
  finding: ScatterFinding,
  { t, format, measure, year, yText, demo }: { t: SummaryTranslate; format: SummaryFormat; measure: string; year: number; yText: (y: number) => string; demo: boolean },
): string | null {
  if (!finding) return null;
  return t("determinants.top", {
    n: finding.n,
    tied: finding.top.length,
    countries: format.list(finding.top, { type: "conjunction" }),
    measure,
    value: yText(finding.y),
    year: String(year),
    demo: demoFlag(demo),
  });
}

/**
 * Two regions' yearly trends in one sentence when both cover the same full
 * years (the home page's region chart); otherwise each region's own sentence.
 */
export function regionsSummary(
  regions: Array<{ scope: string; finding: VisitsFinding }>,
  { t, format, demo }: { t: SummaryTranslate; format: SummaryFormat; demo: boolean },
): string {
  const [a, b] = regions;
  if (regions.length === 2 && a.finding.kind === "change" && b.finding.kind === "change" && a.finding.from === b.finding.from && a.finding.to === b.finding.to) {
    const part = (f: { change: number }) => {
      const rounded = Math.round(f.change * 100);
      return {
        direction: rounded > 0 ? "up" : rounded < 0 ? "down" : "same",
        change: format.number(Math.abs(f.change), { style: "percent", maximumFractionDigits: 0 }),
      };
    };
    const pa = part(a.finding);
    const pb = part(b.finding);
    return t("visits.pair", {
      a: a.scope,
      aDirection: pa.direction,
      aChange: pa.change,
      b: b.scope,
      bDirection: pb.direction,
      bChange: pb.change,
      from: String(a.finding.from),
      to: String(a.finding.to),
      demo: demoFlag(demo),
    });
  }
  return regions.map((r) => visitsSummary(r.finding, { t, format, scope: r.scope, demo })).join(" ");
}

export type CompareFinding = { period: string; top: string[]; value: number } | null;

/** The compare chart's latest period that every drawn series has, and the item(s) highest in it. */
export function compareFinding(series: Array<{ label: string; points: Array<{ period: string; value: number }> }>): CompareFinding {
  const drawn = series.filter((s) => s.points.length > 0);
  if (drawn.length < 2) return null;
  const shared = drawn.map((s) => new Set(s.points.map((p) => p.period))).reduce((a, b) => new Set([...a].filter((p) => b.has(p))));
  const period = [...shared].sort().at(-1);
  if (!period) return null;
  const values = drawn.map((s) => ({ label: s.label, value: s.points.find((p) => p.period === period)!.value }));
  const value = Math.max(...values.map((v) => v.value));
  return { period, top: values.filter((v) => v.value === value).map((v) => v.label), value };
}

export function compareSummary(
  finding: CompareFinding,
  { t, format, measure, periodText, valueText, demo }: { t: SummaryTranslate; format: SummaryFormat; measure: string; periodText: (period: string) => string; valueText: (value: number) => string; demo: boolean },
): string | null {
  if (!finding) return null;
  return t("compare.top", {
    period: periodText(finding.period),
    items: format.list(finding.top, { type: "conjunction" }),
    tied: finding.top.length,
    measure,
    value: valueText(finding.value),
    demo: demoFlag(demo),
  });
}
