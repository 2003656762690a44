import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { CharacteristicsList } from "@/components/explorer/characteristics-list";
import { ExplorerViewsNav } from "@/components/explorer/explorer-views-nav";
import { DownloadLink } from "@/components/ui/download-link";
import { MonthlyGrowthTable } from "@/components/explorer/monthly-growth-table";
import { OptionLinks } from "@/components/ui/option-links";
import { OriginTable } from "@/components/explorer/origin-table";
import { ProfileTable } from "@/components/explorer/profile-table";
import { VisitsChart } from "@/components/explorer/visits-chart";
import { DemoDataBadge } from "@/components/ui/demo-data-badge";
import { Link } from "@/i18n/navigation";
import { pageLocale } from "@/i18n/page-locale";
import { getOriginShares } from "@/lib/explorer/queries/country";
import { getMarketplaceBreakdowns, getMarketplaceBySlug, getMonthlyGrowth, getRankInCountry } from "@/lib/explorer/queries/marketplace";
import { getTrafficIsDemo } from "@/lib/explorer/queries/demo";
import { getCompleteYears } from "@/lib/explorer/queries/region-overview";
import { integerIn, oneOf, parseState, serializeState, type SearchParams } from "@/lib/core/url-state";
import { DISPLAYS } from "@/lib/explorer/view-state/options";
import { localizedName } from "@/lib/core/i18n/localized";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ locale: string; slug: string }>;
  searchParams: Promise<SearchParams>;
};

async function loadMarketplace(props: Props) {
  const { slug } = await props.params;
  const marketplace = await getMarketplaceBySlug(slug);
  if (!marketplace) notFound();
  return marketplace;
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  await pageLocale(props);
  return { title: (await loadMarketplace(props)).name };
}

export default async function MarketplacePage(props: Props) {
  await pageLocale(props);
  const [t, locale, marketplace] = await Promise.all([getTranslations("explorer"), getLocale(), loadMarketplace(props)]);
  // Years with a full twelve months of traffic (the rank compares whole years).
  const years = await getCompleteYears({ marketplaceIds: [marketplace.id] });
  const spec = { year: integerIn(2019, 2100, years[0] ?? 2019), display: oneOf(DISPLAYS, "chart") };
  const state = parseState(spec, await props.searchParams);
  if (!years.includes(state.year)) state.year = spec.year.default;
  const [growth, breakdowns, origins, rank, isDemo] = await Promise.all([
    getMonthlyGrowth(marketplace.id),
    getMarketplaceBreakdowns(marketplace.id, state.year),
    getOriginShares({ marketplaceIds: [marketplace.id] }, state.year),
    getRankInCountry(marketplace.id, state.year),
    getTrafficIsDemo({ marketplaceIds: [marketplace.id] }),
  ]);
  const country = localizedName(marketplace.country, locale);
  const path = `/explorer/marketplace/${marketplace.slug}`;
  const href = (change: Partial<typeof state>) => `${path}${serializeState(spec, { ...state, ...change })}`;
  const csv = `/api/explorer/marketplace/${marketplace.slug}${serializeState(spec, state)}`;
  const otherRegion = marketplace.country.regionCode === "EAST_ASIA" ? "LATIN_AMERICA" : "EAST_ASIA";

  return (
    <>
      <header className="view-header">
        <p className="breadcrumb">
          <Link href="/explorer">{t("backToRegion")}</Link> ›{" "}
          <Link href={`/explorer/country/${marketplace.country.iso3.toLowerCase()}`}>{country}</Link>
        </p>
        <h1>{marketplace.name}</h1>
        <p className="view-header__lead">{t("marketplaceLead", { domain: marketplace.domain, country })}</p>
        <ExplorerViewsNav current={null} />
        {rank ? <p>{t("rankInCountry", { rank: rank.rank, of: rank.of, country, year: rank.year })}</p> : null}
        {isDemo ? <DemoDataBadge withExplanation /> : null}
      </header>

      <section className="card" aria-labelledby="characteristics-heading">
        <h2 id="characteristics-heading">{t("characteristicsHeading")}</h2>
        <CharacteristicsList marketplace={marketplace} />
      </section>

      <section className="card" aria-labelledby="monthly-heading">
        <h2 id="monthly-heading">{t("monthlyHeading")}</h2>
        <OptionLinks label={t("displayLabel")} options={DISPLAYS} current={state.display} href={(display) => href({ display })} name={(d) => t(`displays.${d}`)} />
        {state.display === "chart" ? (
          <VisitsChart
            series={[{ key: "visits", label: t("columnVisits"), points: growth.map((g) => ({ period: g.month, value: g.visits })) }]}
            granularity="month"
            unitLabel={t("visitsUnit")}
            ariaLabel={t("visitsChartLabel", { scope: marketplace.name })}
          />
        ) : (
          <MonthlyGrowthTable rows={growth} />
        )}
        <DownloadLink href={csv} />
      </section>

      <OptionLinks label={t("yearLabel")} options={[...years].reverse()} current={state.year} href={(year) => href({ year })} name={(year) => String(year)} />

      <div className="card-grid">
        <section className="card" aria-labelledby="origin-heading">
          <h2 id="origin-heading">{t("countryOriginHeading", { year: state.year })}</h2>
          <OriginTable rows={origins} otherRegion={otherRegion} />
        </section>
        <section className="card" aria-labelledby="profile-heading">
          <h2 id="profile-heading">{t("profileHeading", { year: state.year })}</h2>
          <ProfileTable rows={breakdowns.gender} kind="gender" caption={t("genderHeading")} />
          <ProfileTable rows={breakdowns.age} kind="age" caption={t("ageHeading")} />
        </section>
      </div>
    </>
  );
}
