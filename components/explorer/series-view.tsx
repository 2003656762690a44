import { getFormatter, getTranslations } from "next-intl/server";
import { DataTable } from "@/components/ui/data-table";
import type { Locale } from "@/i18n/routing";
import type { Card } from "@/lib/core/cards/types";
import { chartFileName, trafficSource } from "@/lib/core/charts/credit";
import { summaryTranslator } from "@/lib/core/charts/summary";
import { visitsFinding, visitsSummary } from "@/lib/explorer/chart-summaries";
import type { SeriesRow } from "@/lib/explorer/cards/series-columns";
import type { ViewChart } from "@/lib/core/charts/view-chart";
import type { Display, Granularity } from "@/lib/explorer/view-state/options";
import { VisitsChart } from "./lazy-charts";

interface SeriesChartInput {
  locale: Locale;
  rows: SeriesRow[];
  granularity: Granularity;
  chartLabel: string;
  /** The region or country named in the chart's finding. */
  scope: string;
  /** The sources the view's traffic rows name (its context's provenance), for the chart's credit. */
  sources: readonly string[];
}

/** Total visits per period as a line chart with its finding and credit; null when there are no rows. */
export async function seriesChart({ locale, rows, granularity, chartLabel, scope, sources }: SeriesChartInput): Promise<ViewChart | null> {
  if (rows.length === 0) return null;
  const [t, tc, format] = await Promise.all([getTranslations({ locale, namespace: "explorer" }), getTranslations({ locale, namespace: "charts" }), getFormatter({ locale })]);
  const points = rows.map((p) => ({ period: p.period, value: p.visits, months: p.months }));
  const demo = rows.some((r) => r.demo);
  const summary = visitsSummary(visitsFinding(points, granularity), { t: summaryTranslator(tc), format, scope, demo });
  const title = tc("titles.visits", { scope });
  const credit = { title, source: trafficSource(summaryTranslator(tc), sources), demo, fileName: chartFileName(title, granularity) };
  const chart = (
    <VisitsChart
      series={[{ key: "visits", label: t("columnVisits"), points: rows.map((p) => ({ period: p.period, value: p.visits })) }]}
      granularity={granularity}
      unitLabel={t("visitsUnit")}
      ariaLabel={chartLabel}
      summary={summary}
      credit={credit}
    />
  );
  return { chart, summary, credit, preview: { kind: "lines", series: [{ key: "visits", values: rows.map((r) => r.visits) }] } };
}

/** Total visits per period, as a chart or as its table equivalent (the series card, also its CSV). */
export async function SeriesView({
  card,
  rows,
  display,
  csv,
  ...input
}: SeriesChartInput & {
  card: Card<never, SeriesRow>;
  display: Display;
  /** The series card's CSV link. */
  csv?: string;
}) {
  const t = await getTranslations({ locale: input.locale, namespace: "explorer" });
  const empty = <p className="empty">{t("empty")}</p>;
  if (rows.length === 0) return empty;
  if (display === "chart") return (await seriesChart({ rows, ...input }))?.chart;
  return <DataTable card={card} rows={rows} caption={input.chartLabel} empty={empty} csv={csv} />;
}
