import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { marketplaceChart } from "@/components/explorer/view-charts";
import { CharacteristicsList } from "@/components/explorer/characteristics-list";
import { ExplorerViewsNav } from "@/components/explorer/explorer-views-nav";
import { DataTable } from "@/components/ui/data-table";
import { DemoDataBadge } from "@/components/ui/demo-data-badge";
import { DownloadLink } from "@/components/ui/download-link";
import { OptionLinks } from "@/components/ui/option-links";
import { Link } from "@/i18n/navigation";
import { pageLocale } from "@/i18n/page-locale";
import { csvHref } from "@/lib/core/cards/href";
import { memberName } from "@/lib/core/i18n/country-names";
import { type SearchParams } from "@/lib/core/url-state";
import { marketplaceCards, marketplaceView } from "@/lib/explorer/cards/marketplace";
import { marketplaceViewQuery } from "@/lib/explorer/view-state/marketplace";
import { DISPLAYS } from "@/lib/explorer/view-state/options";
import { getMarketplaceBySlug, getRankInCountry, resolveMarketplaceView } from "@/lib/public-data";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ locale: string; slug: string }>;
  searchParams: Promise<SearchParams>;
};

export async function generateMetadata(props: Props): Promise<Metadata> {
  await pageLocale(props);
  const marketplace = await getMarketplaceBySlug((await props.params).slug);
  if (!marketplace) notFound();
  return { title: marketplace.name };
}

export default async function MarketplacePage(props: Props) {
  const locale = await pageLocale(props);
  const t = await getTranslations("explorer");
  const ctx = await resolveMarketplaceView({ params: await props.params, search: await props.searchParams, locale });
  if (!ctx) notFound();
  const { marketplace, years, spec, state, demo: isDemo } = ctx;
  const [monthly, origins, profile, rank] = await Promise.all([
    marketplaceCards.monthly.load(ctx),
    marketplaceCards.origin.load(ctx),
    marketplaceCards.profile.load(ctx),
    getRankInCountry(marketplace.id, state.year),
  ]);
  const country = memberName(marketplace.country, locale);
  const path = `/explorer/marketplace/${marketplace.slug}`;
  const href = (change: Partial<typeof state>) => `${path}${marketplaceViewQuery(spec, state, change)}`;
  const csv = (card: keyof typeof marketplaceCards) => csvHref(marketplaceView, card, marketplaceViewQuery(spec, state), locale, { slug: marketplace.slug });
  const empty = <p className="empty">{t("empty")}</p>;
  const chart = state.display === "chart" ? await marketplaceChart(ctx, monthly) : null;

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
        {chart ? (
          chart.chart
        ) : (
          <DataTable card={marketplaceCards.monthly} rows={monthly} csv={csv("monthly")} empty={empty} caption={t("monthlyHeading")} />
        )}
        <DownloadLink href={csv("monthly")} />
      </section>

      <OptionLinks label={t("yearLabel")} options={[...years].reverse()} current={state.year} href={(year) => href({ year })} name={(year) => String(year)} />

      <div className="card-grid">
        <section className="card" aria-labelledby="origin-heading">
          <h2 id="origin-heading">{t("countryOriginHeading", { year: state.year })}</h2>
          <DataTable card={marketplaceCards.origin} rows={origins} csv={csv("origin")} empty={empty} />
          <DownloadLink href={csv("origin")} />
        </section>
        <section className="card" aria-labelledby="profile-heading">
          <h2 id="profile-heading">{t("profileHeading", { year: state.year })}</h2>
          <DataTable card={marketplaceCards.profile} rows={profile} csv={csv("profile")} empty={empty} />
          <DownloadLink href={csv("profile")} />
        </section>
      </div>
    </>
  );
}
