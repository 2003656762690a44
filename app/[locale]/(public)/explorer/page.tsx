import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { OptionLinks } from "@/components/ui/option-links";
import { ExplorerViewsNav } from "@/components/explorer/explorer-views-nav";
import { DownloadLink } from "@/components/ui/download-link";
import { OriginBreakdown } from "@/components/explorer/origin-breakdown";
import { SeriesView } from "@/components/explorer/series-view";
import { DemoDataBadge } from "@/components/ui/demo-data-badge";
import { pageLocale, type LocaleParams } from "@/i18n/page-locale";
import { DataTable } from "@/components/ui/data-table";
import { csvHref } from "@/lib/core/cards/href";
import { regionCards, regionView } from "@/lib/explorer/cards/region";
import { regionViewQuery } from "@/lib/explorer/view-state/region";
import { DISPLAYS, GRANULARITIES } from "@/lib/explorer/view-state/options";
import { REGION_PARAMS } from "@/lib/core/regions";
import { type SearchParams } from "@/lib/core/url-state";
import { getCompleteYears, resolveRegionView } from "@/lib/public-data";

export const dynamic = "force-dynamic";

type Props = LocaleParams & { searchParams: Promise<SearchParams> };

export async function generateMetadata(props: Props): Promise<Metadata> {
  const locale = await pageLocale(props);
  const t = await getTranslations({ locale, namespace: "explorer" });
  return { title: t("title") };
}

export default async function ExplorerPage(props: Props) {
  const locale = await pageLocale(props);
  const t = await getTranslations("explorer");
  const ctx = await resolveRegionView(await props.searchParams, locale);
  const { spec, state, scope, demo: isDemo } = ctx;
  const [series, origin, top, ranking, years] = await Promise.all([
    regionCards.series.load(ctx),
    regionCards.origin.load(ctx),
    regionCards.top.load(ctx),
    regionCards.ranking.load(ctx),
    getCompleteYears(scope),
  ]);
  const href = (change: Partial<typeof state>) => `/explorer${regionViewQuery(spec, state, change)}`;
  const csv = (card: keyof typeof regionCards) => csvHref(regionView, card, regionViewQuery(spec, state), locale);
  const scopeName = t(`regions.${state.region}`);

  return (
    <>
      <header className="view-header">
        <h1>{t("title")}</h1>
        <p className="view-header__lead">{t("lead")}</p>
        <ExplorerViewsNav current={"overview"} />
        <OptionLinks
          label={t("regionNav")}
          options={REGION_PARAMS}
          current={state.region}
          href={(region) => href({ region })}
          name={(region) => t(`regions.${region}`)}
        />
        {isDemo ? <DemoDataBadge withExplanation /> : null}
      </header>

      <section className="card" aria-labelledby="visits-heading">
        <h2 id="visits-heading">
          {t("visitsHeading")} — {scopeName}
        </h2>
        <div className="controls">
          <OptionLinks
            label={t("granularityLabel")}
            options={GRANULARITIES}
            current={state.granularity}
            href={(granularity) => href({ granularity })}
            name={(g) => t(`granularities.${g}`)}
          />
          <OptionLinks
            label={t("displayLabel")}
            options={DISPLAYS}
            current={state.display}
            href={(display) => href({ display })}
            name={(d) => t(`displays.${d}`)}
          />
        </div>
        <SeriesView
          locale={locale}
          card={regionCards.series}
          rows={series}
          granularity={state.granularity}
          display={state.display}
          chartLabel={t("visitsChartLabel", { scope: scopeName })}
          scope={scopeName}
          sources={ctx.sources}
          csv={csv("series")}
        />
        <DownloadLink href={csv("series")} />
      </section>

      <OptionLinks
        label={t("yearLabel")}
        options={[...years].reverse()}
        current={state.year}
        href={(year) => href({ year })}
        name={(year) => String(year)}
      />

      <section className="card" aria-labelledby="origin-heading">
        <h2 id="origin-heading">{t("originHeading", { year: state.year })}</h2>
        <p>{t("originIntro", { scope: scopeName })}</p>
        <OriginBreakdown rows={origin} year={state.year} table={<DataTable card={regionCards.origin} rows={origin} csv={csv("origin")} />} />
        <DownloadLink href={csv("origin")} />
      </section>

      <section className="card" aria-labelledby="top-heading">
        <h2 id="top-heading">{t("topHeading", { year: state.year })}</h2>
        <DataTable card={regionCards.top} rows={top} csv={csv("top")} />
        <DownloadLink href={csv("top")} />
      </section>

      <section className="card" aria-labelledby="ranking-heading">
        <h2 id="ranking-heading">{t("rankingHeading", { year: state.year })}</h2>
        <p className="card__note">{t("rankingIntro")}</p>
        <DataTable card={regionCards.ranking} rows={ranking} csv={csv("ranking")} />
        <DownloadLink href={csv("ranking")} />
      </section>
    </>
  );
}
