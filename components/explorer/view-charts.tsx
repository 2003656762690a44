import { getFormatter, getTranslations } from "next-intl/server";
import type { ScatterPoint } from "@/components/explorer/determinants-scatter";
import { getPathname } from "@/i18n/navigation";
import { chartFileName, trafficSource } from "@/lib/core/charts/credit";
import { inSentence, summaryTranslator } from "@/lib/core/charts/summary";
import type { ViewChart } from "@/lib/core/charts/view-chart";
import { localizedName } from "@/lib/core/i18n/localized";
import { REGION_CODES } from "@/lib/core/regions";
import type { CorridorCardRow, CorridorViewContext } from "@/lib/explorer/cards/corridor";
import type { DeterminantsRow, DeterminantsViewContext } from "@/lib/explorer/cards/determinants";
import type { marketplaceCards, MarketplaceViewContext } from "@/lib/explorer/cards/marketplace";
import { corridorFinding, corridorSummary, scatterFinding, scatterSummary, visitsFinding, visitsSummary } from "@/lib/explorer/chart-summaries";
import { formatRatio } from "@/lib/explorer/format";
import { measureIsShare } from "@/lib/explorer/view-state/determinants";
import { CorridorChart, DeterminantsScatter, VisitsChart } from "./lazy-charts";
import { RegionMark } from "./region-mark";

/**
 * The charts of the explorer's marketplace, corridor and determinants views
 * (the region and country series are in series-view.tsx, the comparison in
 * compare-series.tsx), each built once for its view, its embed route and its
 * link preview.
 */

type MarketplaceMonthRow = Awaited<ReturnType<typeof marketplaceCards.monthly.load>>[number];

/** A marketplace's monthly visits. */
export async function marketplaceChart(ctx: MarketplaceViewContext, monthly: MarketplaceMonthRow[]): Promise<ViewChart | null> {
  if (monthly.length === 0) return null;
  const { marketplace, demo, locale } = ctx;
  const [t, tc, format] = await Promise.all([getTranslations({ locale, namespace: "explorer" }), getTranslations({ locale, namespace: "charts" }), getFormatter({ locale })]);
  const points = monthly.map((g) => ({ period: g.month, value: g.visits }));
  const summary = visitsSummary(visitsFinding(points, "month"), { t: summaryTranslator(tc), format, scope: marketplace.name, marketplace: true, demo });
  const credit = { title: tc("titles.marketplace", { scope: marketplace.name }), source: trafficSource(summaryTranslator(tc), ctx.sources), demo, fileName: chartFileName("visits", marketplace.name) };
  const chart = (
    <VisitsChart
      series={[{ key: "visits", label: t("columnVisits"), points }]}
      granularity="month"
      unitLabel={t("visitsUnit")}
      ariaLabel={t("visitsChartLabel", { scope: marketplace.name })}
      summary={summary}
      credit={credit}
    />
  );
  return { chart, summary, credit, preview: { kind: "lines", series: [{ key: "visits", values: points.map((p) => p.value) }] } };
}

/** The largest corridors of the view's direction and year, as bars. */
export async function corridorTopChart(ctx: CorridorViewContext, top: CorridorCardRow[]): Promise<ViewChart | null> {
  if (top.length === 0) return null;
  const { regions, state, demo, locale } = ctx;
  const [t, tc, format] = await Promise.all([getTranslations({ locale, namespace: "corridor" }), getTranslations({ locale, namespace: "charts" }), getFormatter({ locale })]);
  const origin = t(`regions.${regions.origin}`);
  const destination = t(`regions.${regions.destination}`);
  const words = { origin, destination, year: state.year, count: top.length };
  const bars = top.map((r) => ({ key: `${r.origin}-${r.destination}`, label: t("pair", { origin: r.originName, destination: r.destinationName }), visits: r.visits }));
  const summary = corridorSummary(corridorFinding(bars), { t: summaryTranslator(tc), format, year: state.year, demo });
  const credit = {
    title: `${t("topHeading", words)}: ${origin} → ${destination}`,
    source: trafficSource(summaryTranslator(tc), ctx.sources),
    demo,
    fileName: chartFileName("corridors", state.direction, state.year),
  };
  const chart = <CorridorChart bars={bars} unitLabel={t("visitsUnit")} ariaLabel={t("chartLabel", words)} summary={summary} credit={credit} />;
  return { chart, summary, credit, preview: { kind: "bars", bars: bars.map((b) => ({ label: b.label, value: b.visits })) } };
}

/** Each member's traffic measure against the chosen indicator, as a scatter with its region legend. */
export async function determinantsChart(ctx: DeterminantsViewContext, rows: DeterminantsRow[]): Promise<ViewChart | null> {
  const { indicator, state, locale, demo } = ctx;
  if (!indicator || rows.length === 0) return null;
  const [t, tc, format] = await Promise.all([getTranslations({ locale, namespace: "determinants" }), getTranslations({ locale, namespace: "charts" }), getFormatter({ locale })]);
  const measureName = t(`measures.${state.measure}`);
  const indicatorName = localizedName(indicator, locale);
  const unit = localizedName({ nameEn: indicator.unitEn, nameEs: indicator.unitEs }, locale);
  const yIsShare = measureIsShare(state.measure);
  const yFormat = (y: number) => (yIsShare ? format.number(y, { style: "percent", maximumFractionDigits: 1 }) : formatRatio(y, locale));
  const xFormat = (x: number) => format.number(x, { maximumFractionDigits: Math.abs(x) >= 1000 ? 0 : 1 });
  const points: ScatterPoint[] = rows.map((row) => ({
    iso3: row.iso3,
    region: row.region,
    country: row.country,
    x: row.x,
    y: row.y,
    source: (row.source ?? "").replace(/ <[^>]*>/g, ""),
    href: getPathname({ href: `/explorer/country/${row.iso3.toLowerCase()}`, locale }),
    yText: `${measureName}: ${yFormat(row.y)}`,
    xText: `${indicatorName}: ${xFormat(row.x)} (${row.xYear})`,
    label: t("pointLabel", { country: row.country, measure: measureName, y: yFormat(row.y), indicator: indicatorName, x: xFormat(row.x), xYear: row.xYear }),
  }));
  const summary = scatterSummary(scatterFinding(points), { t: summaryTranslator(tc), format, measure: inSentence(measureName, locale), year: state.year, yText: yFormat, demo });
  const words = { measure: measureName, indicator: indicatorName, year: state.year, n: rows[0]?.n ?? 0 };
  const credit = {
    title: t("heading", words),
    source: tc("credit.trafficAndIndicator", { sources: ctx.sources.join("; "), publisher: indicator.publisher ?? "", indicator: indicatorName }),
    demo,
    fileName: chartFileName(state.measure, indicator.code, state.year),
  };
  const yHeader = t("yAxis", { measure: measureName, unit: t(`measureUnits.${state.measure}`) });
  const xHeader = t("xAxis", { indicator: indicatorName, unit });
  const chart = (
    <>
      <DeterminantsScatter points={points} xLabel={xHeader} yLabel={yHeader} yIsShare={yIsShare} ariaLabel={t("chartLabel", words)} summary={summary} credit={credit} />
      <ul className="determinants-legend" aria-label={t("legendLabel")}>
        {REGION_CODES.map((region) => (
          <li key={region}>
            <RegionMark region={region} />
            {t(`regions.${region}`)}
          </li>
        ))}
        <li className="muted">{t("pointsHint")}</li>
      </ul>
    </>
  );
  return { chart, summary, credit, preview: null };
}
