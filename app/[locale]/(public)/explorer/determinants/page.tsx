import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { determinantsChart } from "@/components/explorer/view-charts";
import { DeterminantsIndicatorPicker } from "@/components/explorer/determinants-indicator-picker";
import { ExplorerViewsNav } from "@/components/explorer/explorer-views-nav";
import { DataTable } from "@/components/ui/data-table";
import { CitationList } from "@/components/ui/citation-list";
import { getIndicatorCitations } from "@/lib/explorer/queries/indicators";
import { DownloadLink } from "@/components/ui/download-link";
import { OptionLinks } from "@/components/ui/option-links";
import { DemoDataBadge } from "@/components/ui/demo-data-badge";
import { pageLocale, type LocaleParams } from "@/i18n/page-locale";
import { csvHref } from "@/lib/core/cards/href";
import { localizedName } from "@/lib/core/i18n/localized";
import { type SearchParams } from "@/lib/core/url-state";
import { determinantsCards, determinantsView } from "@/lib/explorer/cards/determinants";
import { correlationStatement, determinantsViewQuery, type DeterminantsView } from "@/lib/explorer/view-state/determinants";
import { DISPLAYS, TRAFFIC_MEASURES } from "@/lib/explorer/view-state/options";
import { ClientMessages } from "@/components/shell/client-messages";
import { resolveDeterminantsView } from "@/lib/public-data";

export const dynamic = "force-dynamic";

type Props = LocaleParams & { searchParams: Promise<SearchParams> };

const PATH = "/explorer/determinants";

export async function generateMetadata(props: Props): Promise<Metadata> {
  const locale = await pageLocale(props);
  const t = await getTranslations({ locale, namespace: "determinants" });
  return { title: t("title") };
}

export default async function DeterminantsPage(props: Props) {
  const locale = await pageLocale(props);
  const [t, te, format] = await Promise.all([getTranslations("determinants"), getTranslations("explorer"), getFormatter()]);
  const ctx = await resolveDeterminantsView({ params: {}, search: await props.searchParams, locale });
  const { years, indicators, indicator, spec, state, demo: isDemo } = ctx;
  const rows = await determinantsCards.countries.load(ctx);
  const [first] = rows;
  const csv = csvHref(determinantsView, "countries", determinantsViewQuery(spec, state), locale);

  const href = (change: Partial<DeterminantsView>) => `${PATH}${determinantsViewQuery(spec, state, change)}`;
  const measureName = t(`measures.${state.measure}`);
  const indicatorName = indicator ? localizedName(indicator, locale) : "";
  const chart = state.display === "chart" ? await determinantsChart(ctx, rows) : null;
  const statement = correlationStatement(first?.correlation ?? null, first?.n ?? 0);
  const citations = indicator ? await getIndicatorCitations(indicator.code) : [];
  const words = { measure: measureName, indicator: indicatorName, year: state.year, n: first?.n ?? 0 };
  return (
    <ClientMessages namespaces={["determinants"]}>
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
                  {chart ? (
                    chart.chart
                  ) : (
                    <DataTable card={determinantsCards.countries} ctx={ctx} rows={rows} csv={csv} caption={t("tableCaption", words)} className="determinants-table" />
                  )}
                </>
              )}
              <p className="card__note">{t(`measureNotes.${state.measure}`, { year: state.year })}</p>
              <p className="card__note">{t("indicatorNote", { year: state.year, publisher: indicator.publisher })}</p>
              {citations.length > 0 ? (
                <div className="card__note small determinants-sources">
                  {t("sources", { count: citations.length })}
                  <CitationList citations={citations} />
                </div>
              ) : null}
              <DownloadLink href={csv} />
            </>
          )}
        </section>
      </>
    </ClientMessages>
  );
}
