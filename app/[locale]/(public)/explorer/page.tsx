import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { OptionLinks } from "@/components/ui/option-links";
import { CountryRankingTable } from "@/components/explorer/country-ranking-table";
import { ExplorerViewsNav } from "@/components/explorer/explorer-views-nav";
import { DownloadLink } from "@/components/ui/download-link";
import { OriginBreakdown } from "@/components/explorer/origin-breakdown";
import { SeriesView } from "@/components/explorer/series-view";
import { TopMarketplacesTable } from "@/components/explorer/top-marketplaces-table";
import { DemoDataBadge } from "@/components/ui/demo-data-badge";
import { pageLocale, type LocaleParams } from "@/i18n/page-locale";
import { getTrafficIsDemo } from "@/lib/explorer/queries/demo";
import {
  getCompleteYears,
  getCountryRanking,
  getOriginComposition,
  getTopMarketplaces,
  getVisitSeries,
} from "@/lib/explorer/queries/region-overview";
import { parseRegionView, regionViewQuery } from "@/lib/explorer/view-state/region";
import { DISPLAYS, GRANULARITIES } from "@/lib/explorer/view-state/options";
import { REGION_PARAMS } from "@/lib/core/regions";
import { type SearchParams } from "@/lib/core/url-state";

export const dynamic = "force-dynamic";

type Props = LocaleParams & { searchParams: Promise<SearchParams> };

export async function generateMetadata(props: Props): Promise<Metadata> {
  const locale = await pageLocale(props);
  const t = await getTranslations({ locale, namespace: "explorer" });
  return { title: t("title") };
}

export default async function ExplorerPage(props: Props) {
  await pageLocale(props);
  const t = await getTranslations("explorer");
  const { spec, state, scope } = parseRegionView(await props.searchParams, await getCompleteYears({}));
  const [series, origin, top, ranking, isDemo, years] = await Promise.all([
    getVisitSeries(scope, state.granularity),
    getOriginComposition(scope, state.year),
    getTopMarketplaces(scope, state.year, 10),
    getCountryRanking(scope, state.year),
    getTrafficIsDemo(scope),
    getCompleteYears(scope),
  ]);
  const href = (change: Partial<typeof state>) => `/explorer${regionViewQuery(spec, state, change)}`;
  const csv = (table: string) => `/api/explorer/region/${table}${regionViewQuery(spec, state)}`;
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
          series={series}
          granularity={state.granularity}
          display={state.display}
          chartLabel={t("visitsChartLabel", { scope: scopeName })}
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
        <OriginBreakdown origin={origin} year={state.year} />
        <DownloadLink href={csv("origin")} />
      </section>

      <section className="card" aria-labelledby="top-heading">
        <h2 id="top-heading">{t("topHeading", { year: state.year })}</h2>
        <TopMarketplacesTable rows={top} />
        <DownloadLink href={csv("top")} />
      </section>

      <section className="card" aria-labelledby="ranking-heading">
        <h2 id="ranking-heading">{t("rankingHeading", { year: state.year })}</h2>
        <p className="card__note">{t("rankingIntro")}</p>
        <CountryRankingTable rows={ranking} />
        <DownloadLink href={csv("ranking")} />
      </section>
    </>
  );
}
