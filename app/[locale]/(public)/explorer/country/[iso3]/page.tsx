import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { CharacteristicFilters } from "@/components/explorer/characteristic-filters";
import { ExplorerViewsNav } from "@/components/explorer/explorer-views-nav";
import { DownloadLink } from "@/components/ui/download-link";
import { IndicatorsTable } from "@/components/explorer/indicators-table";
import { MarketplaceRankingTable } from "@/components/explorer/marketplace-ranking-table";
import { OptionLinks } from "@/components/ui/option-links";
import { OriginTable } from "@/components/explorer/origin-table";
import { ProfileTable } from "@/components/explorer/profile-table";
import { SeriesView } from "@/components/explorer/series-view";
import { countryCards } from "@/lib/explorer/cards/country";
import { DemoDataBadge } from "@/components/ui/demo-data-badge";
import { Link } from "@/i18n/navigation";
import { pageLocale, type LocaleParams } from "@/i18n/page-locale";
import {
  getLatestIndicators,
  getMarketplaceRanking,
  getMemberCountry,
  getOriginShares,
  getVisitorProfile,
} from "@/lib/explorer/queries/country";
import { getTrafficIsDemo } from "@/lib/explorer/queries/demo";
import { getCompleteYears } from "@/lib/explorer/queries/region-overview";
import { characteristicFilter, countryViewQuery, parseCountryView } from "@/lib/explorer/view-state/country";
import { DISPLAYS, GRANULARITIES } from "@/lib/explorer/view-state/options";
import { localizedName } from "@/lib/core/i18n/localized";
import { type SearchParams } from "@/lib/core/url-state";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ locale: string; iso3: string }>;
  searchParams: Promise<SearchParams>;
};

async function loadCountry(props: Props) {
  const { iso3 } = await props.params;
  const country = await getMemberCountry(iso3.toUpperCase());
  if (!country) notFound();
  return country;
}

export async function generateMetadata(props: Props & LocaleParams): Promise<Metadata> {
  const locale = await pageLocale(props);
  const [t, country] = await Promise.all([getTranslations({ locale, namespace: "explorer" }), loadCountry(props)]);
  return { title: t("countryTitle", { country: localizedName(country, locale) }) };
}

export default async function CountryPage(props: Props) {
  await pageLocale(props);
  const [t, locale, country] = await Promise.all([getTranslations("explorer"), getLocale(), loadCountry(props)]);
  const years = await getCompleteYears({ country: country.iso3 });
  const { spec, state } = parseCountryView(await props.searchParams, years);
  const scope = { country: country.iso3, characteristics: characteristicFilter(state) };
  const ctx = { country, years, spec, state, scope, locale: locale as "en" | "es", demo: await getTrafficIsDemo({ country: country.iso3 }) };
  const [series, marketplaces, origins, gender, age, indicators, isDemo] = await Promise.all([
    countryCards.series.load(ctx),
    getMarketplaceRanking(scope, state.year),
    getOriginShares(scope, state.year),
    getVisitorProfile(scope, state.year, "gender"),
    getVisitorProfile(scope, state.year, "age"),
    getLatestIndicators(country.iso3),
    getTrafficIsDemo({ country: country.iso3 }),
  ]);
  const name = localizedName(country, locale);
  const path = `/explorer/country/${country.iso3.toLowerCase()}`;
  const href = (change: Partial<typeof state>) => `${path}${countryViewQuery(spec, state, change)}`;
  const csv = (table: string) => `/api/explorer/country/${country.iso3.toLowerCase()}/${table}${countryViewQuery(spec, state)}`;
  const otherRegion = country.regionCode === "EAST_ASIA" ? "LATIN_AMERICA" : "EAST_ASIA";

  return (
    <>
      <header className="view-header">
        <p className="breadcrumb">
          <Link href="/explorer">{t("backToRegion")}</Link> › {localizedName(country.region ?? { nameEn: "", nameEs: "" }, locale)}
        </p>
        <h1>{t("countryTitle", { country: name })}</h1>
        <p className="view-header__lead">{t("countryLead", { country: name })}</p>
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
        <SeriesView card={countryCards.series} rows={series} granularity={state.granularity} display={state.display} chartLabel={t("visitsChartLabel", { scope: name })} />
        <DownloadLink href={csv("series")} />
      </section>

      <OptionLinks label={t("yearLabel")} options={[...years].reverse()} current={state.year} href={(year) => href({ year })} name={(year) => String(year)} />

      <section className="card" aria-labelledby="marketplaces-heading">
        <h2 id="marketplaces-heading">{t("marketplacesHeading", { year: state.year })}</h2>
        <MarketplaceRankingTable rows={marketplaces} year={state.year} />
        <DownloadLink href={csv("marketplaces")} />
      </section>

      <div className="card-grid">
        <section className="card" aria-labelledby="origin-heading">
          <h2 id="origin-heading">{t("countryOriginHeading", { year: state.year })}</h2>
          <p className="card__note">{t("countryOriginIntro")}</p>
          <OriginTable rows={origins} otherRegion={otherRegion} />
          <DownloadLink href={csv("origin")} />
        </section>
        <section className="card" aria-labelledby="profile-heading">
          <h2 id="profile-heading">{t("profileHeading", { year: state.year })}</h2>
          <ProfileTable rows={gender} kind="gender" caption={t("genderHeading")} />
          <ProfileTable rows={age} kind="age" caption={t("ageHeading")} />
          <DownloadLink href={csv("profile")} />
        </section>
      </div>

      <section className="card" aria-labelledby="indicators-heading">
        <h2 id="indicators-heading">{t("indicatorsHeading")}</h2>
        <p className="card__note">{t("indicatorsIntro")}</p>
        <IndicatorsTable rows={indicators} />
        <DownloadLink href={csv("indicators")} />
      </section>
    </>
  );
}
