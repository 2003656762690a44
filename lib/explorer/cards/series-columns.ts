/** Columns of a visits series (region and country pages): one row per period. */
import type { CardColumn } from "@/lib/core/cards/types";
import { COLUMNS, dataStatusOf } from "@/lib/core/columns";
import { formatPeriod } from "@/lib/explorer/format";
import type { SeriesPoint } from "@/lib/explorer/queries/region-overview";
import type { Granularity } from "@/lib/explorer/view-state/options";

export interface SeriesRow extends SeriesPoint {
  granularity: Granularity;
  demo: boolean;
  countryIso3?: string;
}

const MONTHS_IN: Record<Granularity, number> = { month: 1, quarter: 3, year: 12 };

export function seriesRows(points: SeriesPoint[], granularity: Granularity, demo: boolean, countryIso3?: string): SeriesRow[] {
  return points.map((p) => ({ ...p, granularity, demo, countryIso3 }));
}

/** A period of a series, its row header on the page: the localized label, marked when months are missing. */
export function periodColumn<Row extends { period: string; granularity: Granularity; months: number }>(): CardColumn<Row> {
  return {
    ...COLUMNS.periodStart,
    value: (r) => r.period,
    label: "columnPeriod",
    display: (r, { format }) => formatPeriod(r.period, r.granularity, format),
    note: (r, { t }) => (r.months < MONTHS_IN[r.granularity] ? `— ${t("incompletePeriod", { months: r.months, expected: MONTHS_IN[r.granularity] })}` : null),
    rowHeader: true,
  };
}

export function seriesColumns(options: { withCountry?: boolean } = {}): Array<CardColumn<SeriesRow>> {
  return [
    ...(options.withCountry ? [{ ...COLUMNS.countryIso3, value: (r: SeriesRow) => r.countryIso3 ?? null }] : []),
    periodColumn<SeriesRow>(),
    { ...COLUMNS.granularity, value: (r) => r.granularity },
    { ...COLUMNS.visits, value: (r) => r.visits, label: "columnVisits", format: "integer" },
    { ...COLUMNS.monthsWithData, value: (r) => r.months },
    { ...COLUMNS.dataStatus, value: (r) => dataStatusOf(r.demo) },
  ];
}
