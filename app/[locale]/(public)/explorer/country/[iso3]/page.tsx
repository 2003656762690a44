import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { CharacteristicFilters } from "@/components/explorer/characteristic-filters";
import { ExplorerViewsNav } from "@/components/explorer/explorer-views-nav";
import { SeriesView } from "@/components/explorer/series-view";
import { Sparkline } from "@/components/explorer/sparkline";
import { DataTable } from "@/components/ui/data-table";
import { DemoDataBadge } from "@/components/ui/demo-data-badge";
import { DownloadLink } from "@/components/ui/download-link";
import { OptionLinks } from "@/components/ui/option-links";
import { Link } from "@/i18n/navigation";
import { pageLocale, type LocaleParams } from "@/i18n/page-locale";
import { csvHref } from "@/lib/core/cards/href";
import { memberName } from "@/lib/core/i18n/country-names";
import { localizedName } from "@/lib/core/i18n/localized";
import { type SearchParams } from "@/lib/core/url-state";
import { countryCards, countryView } from "@/lib/explorer/cards/country";
import { countryViewQuery } from "@/lib/explorer/view-state/country";
import { DISPLAYS, GRANULARITIES } from "@/lib/explorer/view-state/options";
import { getMemberCountry, resolveCountryView } from "@/lib/public-data";
import { ClientMessages } from "@/components/shell/client-messages";

export const dynamic = "force-dynamic";

/** The page lists a country's largest marketplaces; the CSV has them all (at 100× the demo volume Brazil has ~2,000, a 2.7 MB page). */
const MARKETPLACES_LISTED = 100;

type Props = {
  params: Promise<{ locale: string; iso3: string }>;
  searchParams: Promise<SearchParams>;
};

export async function generateMetadata(props: Props & LocaleParams): Promise<Metadata> {
  const locale = await pageLocale(props);
  const [t, country] = await Promise.all([getTranslations({ locale, namespace: "explorer" }), getMemberCountry((await props.params).iso3.toUpperCase())]);
  if (!country) notFound();
  return { title: t("countryTitle", { country: memberName(country, locale) }) };
}

export default async function CountryPage(props: Props) {
  const locale = await pageLocale(props);
  const [t, tb, format] = await Promise.all([getTranslations("explorer"), getTranslations("brief"), getFormatter()]);
  const ctx = await resolveCountryView({ params: await props.params, search: await props.searchParams, locale });
  if (!ctx) notFound();
  const { country, years, spec, state, demo: isDemo } = ctx;
  const [series, marketplaces, origins, profile, indicators] = await Promise.all([
    countryCards.series.load(ctx),
    countryCards.marketplaces.load(ctx),
    countryCards.origin.load(ctx),
    countryCards.profile.load(ctx),
    countryCards.indicators.load(ctx),
  ]);
  const name = memberName(country, locale);
  const path = `/explorer/country/${country.iso3.toLowerCase()}`;
  const href = (change: Partial<typeof state>) => `${path}${countryViewQuery(spec, state, change)}`;
  const csv = (card: keyof typeof countryCards) => csvHref(countryView, card, countryViewQuery(spec, state), locale, { iso3: country.iso3.toLowerCase() });
  const empty = <p className="empty">{t("empty")}</p>;
  const trend = {
    key: "trend",
    header: t("columnTrend"),
    cell: (row: (typeof marketplaces)[number]) => (
      <Sparkline
        values={row.monthly}
        label={t("trendLabel", { year: state.year, min: format.number(Math.min(...row.monthly)), max: format.number(Math.max(...row.monthly)) })}
      />
    ),
  };

  return (
    <ClientMessages namespaces={["explorer"]}>
      <>
        <header className="view-header">
          <p className="breadcrumb">
            <Link href="/explorer">{t("backToRegion")}</Link> › {localizedName(country.region ?? { nameEn: "", nameEs: "" }, locale)}
          </p>
          <h1>{t("countryTitle", { country: name })}</h1>
          <p className="view-header__lead">{t("countryLead", { country: name })}</p>
          <p className="brief-link">
            <Link href={`/brief/${country.iso3.toLowerCase()}`}>{tb("link")}</Link>
          </p>
          <ExplorerViewsNav current={null} />
          {isDemo ? <DemoDataBadge withExplanation /> : null}
        </header>

        <section className="card" aria-labelledby="filters-heading">
          <h2 id="filters-heading">{t("filtersHeading")}</h2>
          <p className="card__note">{t("filtersIntro")}</p>
          <CharacteristicFilters path={path} state={state} defaultYear={years[0] ?? state.year} />
        </section>

        <section className="card" aria-labelledby="visits-heading">
          <h2 id="visits-heading">
            {t("visitsHeading")} — {name}
          </h2>
          <div className="controls">
            <OptionLinks label={t("granularityLabel")} options={GRANULARITIES} current={state.granularity} href={(granularity) => href({ granularity })} name={(g) => t(`granularities.${g}`)} />
            <OptionLinks label={t("displayLabel")} options={DISPLAYS} current={state.display} href={(display) => href({ display })} name={(d) => t(`displays.${d}`)} />
          </div>
          <SeriesView
            locale={locale}
            card={countryCards.series}
            rows={series}
            granularity={state.granularity}
            display={state.display}
            chartLabel={t("visitsChartLabel", { scope: name })}
            scope={name}
            sources={ctx.sources}
            csv={csv("series")}
          />
          <DownloadLink href={csv("series")} />
        </section>

        <OptionLinks label={t("yearLabel")} options={[...years].reverse()} current={state.year} href={(year) => href({ year })} name={(year) => String(year)} />

        <section className="card" aria-labelledby="marketplaces-heading">
          <h2 id="marketplaces-heading">{t("marketplacesHeading", { year: state.year })}</h2>
          <DataTable card={countryCards.marketplaces} rows={marketplaces} csv={csv("marketplaces")} empty={empty} extra={[trend]} limit={MARKETPLACES_LISTED} />
          <DownloadLink href={csv("marketplaces")} />
        </section>

        <div className="card-grid">
          <section className="card" aria-labelledby="origin-heading">
            <h2 id="origin-heading">{t("countryOriginHeading", { year: state.year })}</h2>
            <p className="card__note">{t("countryOriginIntro")}</p>
            <DataTable card={countryCards.origin} rows={origins} csv={csv("origin")} empty={empty} />
            <DownloadLink href={csv("origin")} />
          </section>
          <section className="card" aria-labelledby="profile-heading">
            <h2 id="profile-heading">{t("profileHeading", { year: state.year })}</h2>
            <DataTable card={countryCards.profile} rows={profile} csv={csv("profile")} empty={empty} />
            <DownloadLink href={csv("profile")} />
          </section>
        </div>

        <section className="card" aria-labelledby="indicators-heading">
          <h2 id="indicators-heading">{t("indicatorsHeading")}</h2>
          <p className="card__note">{t("indicatorsIntro")}</p>
          <DataTable card={countryCards.indicators} rows={indicators} csv={csv("indicators")} empty={<p className="empty">{t("noIndicators")}</p>} />
          <DownloadLink href={csv("indicators")} />
        </section>
      </>
    </ClientMessages>
  );
}
