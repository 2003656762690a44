import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { DeterminantsIndicatorPicker } from "@/components/explorer/determinants-indicator-picker";
import { DeterminantsScatter, RegionMark, type ScatterPoint } from "@/components/explorer/determinants-scatter";
import { DeterminantsTable } from "@/components/explorer/determinants-table";
import { ExplorerViewsNav } from "@/components/explorer/explorer-views-nav";
import { DownloadLink } from "@/components/ui/download-link";
import { OptionLinks } from "@/components/ui/option-links";
import { DemoDataBadge } from "@/components/ui/demo-data-badge";
import { getPathname } from "@/i18n/navigation";
import { pageLocale, type LocaleParams } from "@/i18n/page-locale";
import { getTrafficIsDemo } from "@/lib/explorer/queries/demo";
import { getDeterminants, type Determinants } from "@/lib/explorer/queries/determinants";
import { getIndicatorChoices, getIndicatorSources, indicatorSourceKey } from "@/lib/explorer/queries/indicators";
import { getCompleteYears } from "@/lib/explorer/queries/region-overview";
import {
  correlationStatement,
  determinantsViewQuery,
  measureIsShare,
  parseDeterminantsView,
  type DeterminantsView,
} from "@/lib/explorer/view-state/determinants";
import { DISPLAYS, TRAFFIC_MEASURES } from "@/lib/explorer/view-state/options";
import { localizedName } from "@/lib/core/i18n/localized";
import { type SearchParams } from "@/lib/core/url-state";

export const dynamic = "force-dynamic";

type Props = LocaleParams & { searchParams: Promise<SearchParams> };

const PATH = "/explorer/determinants";
const EMPTY: Determinants = { points: [], correlation: null, n: 0 };

export async function generateMetadata(props: Props): Promise<Metadata> {
  const locale = await pageLocale(props);
  const t = await getTranslations({ locale, namespace: "determinants" });
  return { title: t("title") };
}

export default async function DeterminantsPage(props: Props) {
  const locale = await pageLocale(props);
  const [t, te, format, years, indicators, isDemo] = await Promise.all([
    getTranslations("determinants"),
    getTranslations("explorer"),
    getFormatter(),
    getCompleteYears({}),
    getIndicatorChoices(),
    getTrafficIsDemo({}),
  ]);
  const { spec, state } = parseDeterminantsView(await props.searchParams, years, indicators.map((i) => i.code));
  const indicator = indicators.find((i) => i.code === state.indicator);
  const [result, sources] = indicator
    ? await Promise.all([getDeterminants(state.measure, indicator.code, state.year), getIndicatorSources(indicator.code, state.year)])
    : [EMPTY, new Map<string, string>()];

  const href = (change: Partial<DeterminantsView>) => `${PATH}${determinantsViewQuery(spec, state, change)}`;
  const measureName = t(`measures.${state.measure}`);
  const indicatorName = indicator ? localizedName(indicator, locale) : "";
  const unit = indicator ? localizedName({ nameEn: indicator.unitEn, nameEs: indicator.unitEs }, locale) : "";
  const yIsShare = measureIsShare(state.measure);
  const yFormat = (y: number) =>
    yIsShare ? format.number(y, { style: "percent", maximumFractionDigits: 1 }) : format.number(y, { maximumSignificantDigits: 3 });
  const xFormat = (x: number) => format.number(x, { maximumFractionDigits: Math.abs(x) >= 1000 ? 0 : 1 });
  const collator = new Intl.Collator(locale);

  const rows = result.points
    .map((p) => ({
      iso3: p.iso3,
      region: p.region as ScatterPoint["region"],
      country: localizedName(p, locale),
      x: p.x,
      y: p.y,
      xYear: p.xYear,
      yText: yFormat(p.y),
      xText: xFormat(p.x),
      source: sources.get(indicatorSourceKey(p.iso3, p.xYear)) ?? "",
    }))
    .sort((a, b) => collator.compare(a.country, b.country));
  const points: ScatterPoint[] = rows.map((row) => ({
    ...row,
    href: getPathname({ href: `/explorer/country/${row.iso3.toLowerCase()}`, locale }),
    yText: `${measureName}: ${row.yText}`,
    xText: `${indicatorName}: ${row.xText} (${row.xYear})`,
    label: t("pointLabel", { country: row.country, measure: measureName, y: row.yText, indicator: indicatorName, x: row.xText, xYear: row.xYear }),
  }));
  const statement = correlationStatement(result.correlation, result.n);
  const distinctSources = [...new Set(rows.map((r) => r.source).filter(Boolean))];
  const words = { measure: measureName, indicator: indicatorName, year: state.year, n: result.n };
  const yHeader = t("yAxis", { measure: measureName, unit: t(`measureUnits.${state.measure}`) });
  const xHeader = t("xAxis", { indicator: indicatorName, unit });

  return (
    <>
      <header className="view-header">
        <h1>{t("title")}</h1>
        <p className="view-header__lead">{t("lead")}</p>
        <ExplorerViewsNav current="determinants" />
        {isDemo ? <DemoDataBadge withExplanation /> : null}
        <OptionLinks
          label={t("measureLabel")}
          options={TRAFFIC_MEASURES}
          current={state.measure}
          href={(measure) => href({ measure })}
          name={(m) => t(`measures.${m}`)}
        />
        {indicators.length > 0 ? (
          <DeterminantsIndicatorPicker
            current={state.indicator}
            options={indicators.map((i) => ({ code: i.code, label: localizedName(i, locale) }))}
            hidden={[...new URLSearchParams(determinantsViewQuery(spec, state, { indicator: spec.indicator.default }))]}
            hrefs={Object.fromEntries(indicators.map((i) => [i.code, href({ indicator: i.code })]))}
          />
        ) : null}
        <OptionLinks label={te("yearLabel")} options={[...years].reverse()} current={state.year} href={(year) => href({ year })} name={String} />
      </header>

      <section className="card" aria-labelledby={indicator ? "determinants-heading" : undefined}>
        {!indicator ? (
          <p className="empty">{t("noIndicators")}</p>
        ) : (
          <>
            <h2 id="determinants-heading">{t("heading", words)}</h2>
            <p className="determinants-statement">
              {statement.kind === "r" ? (
                <strong>{t("correlation", { r: format.number(statement.r, { minimumFractionDigits: 2, maximumFractionDigits: 2 }), n: statement.n })}</strong>
              ) : statement.kind === "too-few" ? (
                <strong>{t("tooFew", { n: statement.n })}</strong>
              ) : (
                <strong>{t("noVariation", { n: statement.n })}</strong>
              )}
              {statement.kind === "r" ? <span className="muted"> — {t("correlationExplained")}</span> : null}
            </p>
            {rows.length === 0 ? (
              <p className="empty">{t("empty", words)}</p>
            ) : (
              <>
                <OptionLinks label={t("displayLabel")} options={DISPLAYS} current={state.display} href={(display) => href({ display })} name={(d) => te(`displays.${d}`)} />
                {state.display === "chart" ? (
                  <>
                    <DeterminantsScatter points={points} xLabel={xHeader} yLabel={yHeader} yIsShare={yIsShare} ariaLabel={t("chartLabel", words)} />
                    <ul className="determinants-legend" aria-label={t("legendLabel")}>
                      {(["EAST_ASIA", "LATIN_AMERICA"] as const).map((region) => (
                        <li key={region}>
                          <RegionMark region={region} />
                          {t(`regions.${region}`)}
                        </li>
                      ))}
                      <li className="muted">{t("pointsHint")}</li>
                    </ul>
                  </>
                ) : (
                  <DeterminantsTable rows={rows} caption={t("tableCaption", words)} yHeader={yHeader} xHeader={xHeader} />
                )}
              </>
            )}
            <p className="card__note">{t(`measureNotes.${state.measure}`, { year: state.year })}</p>
            <p className="card__note">{t("indicatorNote", { year: state.year, publisher: indicator.publisher })}</p>
            {distinctSources.length > 0 ? (
              <p className="card__note small determinants-sources">{t("sources", { count: distinctSources.length, sources: distinctSources.join("; ") })}</p>
            ) : null}
            <DownloadLink href={`/api/explorer/determinants${determinantsViewQuery(spec, state)}`} />
          </>
        )}
      </section>
    </>
  );
}
