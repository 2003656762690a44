import { getFormatter, getTranslations } from "next-intl/server";
import { DataTable } from "@/components/ui/data-table";
import type { Card } from "@/lib/core/cards/types";
import { chartFileName, trafficSource } from "@/lib/core/charts/credit";
import { summaryTranslator } from "@/lib/core/charts/summary";
import { visitsFinding, visitsSummary } from "@/lib/explorer/chart-summaries";
import type { SeriesRow } from "@/lib/explorer/cards/series-columns";
import type { Display, Granularity } from "@/lib/explorer/view-state/options";
import { VisitsChart } from "./lazy-charts";

/** Total visits per period, as a chart or as its table equivalent (the series card, also its CSV). */
export async function SeriesView({
  card,
  rows,
  granularity,
  display,
  chartLabel,
  scope,
  sources,
  csv,
}: {
  card: Card<never, SeriesRow>;
  rows: SeriesRow[];
  granularity: Granularity;
  display: Display;
  chartLabel: string;
  /** The region or country named in the chart's finding. */
  scope: string;
  /** The sources the view's traffic rows name (its context's provenance), for the chart's credit. */
  sources: readonly string[];
  /** The series card's CSV link. */
  csv?: string;
}) {
  const [t, tc, format] = await Promise.all([getTranslations("explorer"), getTranslations("charts"), getFormatter()]);
  const empty = <p className="empty">{t("empty")}</p>;
  if (rows.length === 0) return empty;
  if (display === "chart") {
    const points = rows.map((p) => ({ period: p.period, value: p.visits, months: p.months }));
    const demo = rows.some((r) => r.demo);
    const summary = visitsSummary(visitsFinding(points, granularity), { t: summaryTranslator(tc), format, scope, demo });
    const title = tc("titles.visits", { scope });
    const credit = { title, source: trafficSource(summaryTranslator(tc), sources), demo, fileName: chartFileName(title, granularity) };
    return (
      <VisitsChart
        series={[{ key: "visits", label: t("columnVisits"), points: rows.map((p) => ({ period: p.period, value: p.visits })) }]}
        granularity={granularity}
        unitLabel={t("visitsUnit")}
        ariaLabel={chartLabel}
        summary={summary}
        credit={credit}
      />
    );
  }
  return <DataTable card={card} rows={rows} caption={chartLabel} empty={empty} csv={csv} />;
}
