import { getFormatter, getTranslations } from "next-intl/server";
import { DataTable } from "@/components/ui/data-table";
import { chartFileName, trafficSource } from "@/lib/core/charts/credit";
import { inSentence, summaryTranslator } from "@/lib/core/charts/summary";
import { compareCards, type CompareRow, type CompareViewContext } from "@/lib/explorer/cards/compare";
import { compareFinding, compareSummary } from "@/lib/explorer/chart-summaries";
import { formatPeriod } from "@/lib/explorer/format";
import type { ViewChart } from "@/lib/core/charts/view-chart";
import type { Granularity } from "@/lib/explorer/view-state/options";
import { CompareLegend } from "./compare-legend";
import { VisitsChart } from "./lazy-charts";

const MONTHS_IN: Record<Granularity, number> = { month: 1, quarter: 3, year: 12 };

/** The chosen items' series as one multi-line chart with its legend and finding; lines leave out periods with missing months. */
export async function compareChart(ctx: CompareViewContext, rows: CompareRow[]): Promise<ViewChart> {
  const { measure, granularity } = ctx.state;
  const { items, locale } = ctx;
  const [t, tc, format] = await Promise.all([getTranslations({ locale, namespace: "compare" }), getTranslations({ locale, namespace: "charts" }), getFormatter({ locale })]);
  const value = (p: CompareRow) => (measure === "visits" ? p.visits : p.perInternetUser);
  const measureName = t(`measures.${measure}`);
  const names = items.map((i) => i.label).join(", ");
  const byItem = new Map(items.map((i) => [i.key, [] as CompareRow[]]));
  for (const p of rows) byItem.get(p.key)?.push(p);
  // A period with fewer months than its length would show as a fall that did not happen.
  const complete = (p: CompareRow) => p.months === MONTHS_IN[granularity];
  const incomplete = [...new Set(rows.filter((p) => !complete(p)).map((p) => p.period))].sort();
  const series = items.map((item) => ({
    key: item.key,
    label: item.label,
    points: (byItem.get(item.key) ?? []).flatMap((p) => {
      const v = value(p);
      return v === null || !complete(p) ? [] : [{ period: p.period, value: v }];
    }),
  }));
  const summary = compareSummary(compareFinding(series), {
    t: summaryTranslator(tc),
    format,
    measure: inSentence(measureName, ctx.locale),
    periodText: (period) => formatPeriod(period, granularity, format),
    valueText: (v) => format.number(v, measure === "visits" ? { maximumFractionDigits: 0 } : { maximumSignificantDigits: 3 }),
    demo: rows.some((p) => p.demo),
  });
  const credit = { title: `${measureName}: ${names}`, source: trafficSource(summaryTranslator(tc), ctx.sources), demo: ctx.demo, fileName: chartFileName("compare", measure, ...items.map((i) => i.key)) };
  const chart = (
    <>
      <VisitsChart
        series={series}
        granularity={granularity}
        unitLabel={t(`units.${measure}`)}
        ariaLabel={t("chartLabel", { measure: measureName, items: names })}
        summary={summary}
        credit={credit}
      />
      <CompareLegend label={t("legendLabel")} items={items} />
      {incomplete.length ? (
        <p className="card__note">
          {t("incompleteLeftOut", { periods: incomplete.map((p) => formatPeriod(p, granularity, format)).join(", ") })}
        </p>
      ) : null}
    </>
  );
  return { chart, summary, credit, preview: { kind: "lines", series: series.map((s) => ({ key: s.key, values: s.points.map((p) => p.value) })) } };
}

/** The chosen items' series as the chart above, or as the compare card's table (one row per item and period, as its CSV). */
export async function CompareSeries({
  ctx,
  rows,
  csv,
}: {
  /** The view's context: its state, and the chosen items in the order of the chart's colours. */
  ctx: CompareViewContext;
  rows: CompareRow[];
  /** The card's CSV link. */
  csv: string;
}) {
  if (ctx.state.display === "chart") return (await compareChart(ctx, rows)).chart;
  const t = await getTranslations({ locale: ctx.locale, namespace: "compare" });
  const measureName = t(`measures.${ctx.state.measure}`);
  const names = ctx.items.map((i) => i.label).join(", ");
  return (
    <DataTable
      card={compareCards.series}
      ctx={ctx}
      rows={rows}
      csv={csv}
      caption={t("tableCaption", { measure: measureName, items: names })}
    />
  );
}
