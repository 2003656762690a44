import { getFormatter, getTranslations } from "next-intl/server";
import { CompareLegend } from "@/components/explorer/compare-legend";
import { CorridorChart, VisitsChart } from "@/components/explorer/lazy-charts";
import { Link } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { chartFileName } from "@/lib/core/charts/credit";
import { summaryTranslator } from "@/lib/core/charts/summary";
import { regionSlugOf, REGION_SLUGS, type RegionCode } from "@/lib/core/regions";
import { corridorCards } from "@/lib/explorer/cards/corridor";
import { regionCards } from "@/lib/explorer/cards/region";
import { corridorFinding, corridorSummary, regionsSummary, visitsFinding } from "@/lib/explorer/chart-summaries";
import { DIRECTIONS } from "@/lib/explorer/view-state/corridor";
import { coverageFinding, coverageSummary } from "@/lib/home/chart-summary";
import { getHomeCoverage, resolveCorridorView, resolveRegionView } from "@/lib/public-data";

/** Corridors shown on the home page, from both directions together. */
const HOME_CORRIDORS = 5;

/**
 * The home page's headline charts: yearly traffic by region, the largest
 * corridors and the regulation and policy coverage, each with its finding,
 * its source and a link to the full view. The chart code loads lazily, as in
 * the explorer.
 */
export async function HeadlineCharts({ locale }: { locale: Locale }) {
  const [t, te, tc, tcorr, tcompare, format] = await Promise.all([
    getTranslations("home.charts"),
    getTranslations("explorer"),
    getTranslations("charts"),
    getTranslations("corridor"),
    getTranslations("compare"),
    getFormatter(),
  ]);
  const translate = summaryTranslator(tc);

  // Yearly visits of each region: the region overview's series card, full years only.
  const regions = await Promise.all(
    REGION_SLUGS.map(async (region) => {
      const ctx = await resolveRegionView({ region, granularity: "year" }, locale);
      const rows = (await regionCards.series.load(ctx)).filter((r) => r.months === 12);
      return { region, name: te(`regions.${region}`), rows, demo: ctx.demo };
    }),
  );
  const trafficDemo = regions.some((r) => r.demo);
  const trafficSummary = regionsSummary(
    regions.map((r) => ({ scope: r.name, finding: visitsFinding(r.rows.map((p) => ({ period: p.period, value: p.visits, months: p.months })), "year") })),
    { t: translate, format, demo: trafficDemo },
  );

  // The largest corridors of both directions in the corridor view's default year.
  const first = await resolveCorridorView({ params: {}, search: {}, locale });
  const year = first.state.year;
  const views = [first, ...(await Promise.all(DIRECTIONS.filter((d) => d !== first.state.direction).map((direction) => resolveCorridorView({ params: {}, search: { direction, year: String(year) }, locale }))))];
  const corridors = (await Promise.all(views.map((v) => corridorCards.top.load(v))))
    .flat()
    .sort((a, b) => b.visits - a.visits || a.origin.localeCompare(b.origin) || a.destination.localeCompare(b.destination))
    .slice(0, HOME_CORRIDORS);
  const corridorDemo = views.some((v) => v.demo);
  const bars = corridors.map((r) => ({ key: `${r.origin}-${r.destination}`, label: tcorr("pair", { origin: r.originName, destination: r.destinationName }), visits: r.visits }));
  const corridorsSentence = corridorSummary(corridorFinding(bars), { t: translate, format, year, demo: corridorDemo });

  // Member economies with regulation entries and with published policy measures.
  const coverage = await getHomeCoverage();
  const coverageBars = coverage.flatMap((r) => {
    const region = te(`regions.${regionSlugOf(r.code as RegionCode)}`);
    return [
      { key: `${r.code}-regulation`, label: t("coverageBar", { region, kind: "regulation" }), visits: r.withRegulation },
      { key: `${r.code}-policies`, label: t("coverageBar", { region, kind: "policies" }), visits: r.withPolicies },
    ];
  });
  const coverageSentence = coverageSummary(coverageFinding(coverage), { t: translate });

  return (
    <div className="headline-charts">
      <section className="card headline-chart" aria-labelledby="headline-traffic">
        <h3 id="headline-traffic">{t("trafficTitle")}</h3>
        {regions.some((r) => r.rows.length > 0) ? (
          <VisitsChart
            series={regions.map((r) => ({ key: r.region, label: r.name, points: r.rows.map((p) => ({ period: p.period, value: p.visits })) }))}
            granularity="year"
            unitLabel={t("visitsUnit")}
            ariaLabel={t("trafficLabel")}
            summary={trafficSummary}
            credit={{ title: t("trafficTitle"), source: t("trafficSource", { demo: trafficDemo ? "true" : "false" }), demo: trafficDemo, fileName: chartFileName("visits-by-region") }}
          />
        ) : (
          <p className="empty">{te("empty")}</p>
        )}
        <CompareLegend label={tcompare("legendLabel")} items={regions.map((r) => ({ key: r.region, label: r.name }))} />
        <p className="card__note">{t("trafficSource", { demo: trafficDemo ? "true" : "false" })}</p>
        <p className="headline-chart__link">
          <Link href="/explorer?granularity=year">{t("trafficLink")}</Link>
        </p>
      </section>

      <section className="card headline-chart" aria-labelledby="headline-corridors">
        <h3 id="headline-corridors">{t("corridorsTitle", { year })}</h3>
        {bars.length > 0 ? (
          <CorridorChart bars={bars} unitLabel={t("visitsUnit")} ariaLabel={t("corridorsLabel", { count: bars.length, year })} summary={corridorsSentence}
            credit={{ title: t("corridorsTitle", { year }), source: t("corridorsSource", { demo: corridorDemo ? "true" : "false" }), demo: corridorDemo, fileName: chartFileName("largest-corridors", year) }}
          />
        ) : (
          <p className="empty">{te("empty")}</p>
        )}
        <p className="card__note">{t("corridorsSource", { demo: corridorDemo ? "true" : "false" })}</p>
        <p className="headline-chart__link">
          <Link href="/explorer/corridor">{t("corridorsLink")}</Link>
        </p>
      </section>

      <section className="card headline-chart" aria-labelledby="headline-coverage">
        <h3 id="headline-coverage">{t("coverageTitle")}</h3>
        <CorridorChart bars={coverageBars} unitLabel={t("economiesUnit")} ariaLabel={t("coverageLabel")} summary={coverageSentence}
          credit={{ title: t("coverageTitle"), source: t("coverageSource"), demo: false, fileName: chartFileName("regulation-policy-coverage") }}
        />
        <p className="card__note">{t("coverageSource")}</p>
        <p className="headline-chart__link">
          <Link href="/regulations/coverage">{t("coverageLink")}</Link>
        </p>
      </section>
    </div>
  );
}
