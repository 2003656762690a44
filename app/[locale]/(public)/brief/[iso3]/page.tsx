import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { PeerBenchmark } from "@/components/policies/peer-benchmark";
import { SeriesView } from "@/components/explorer/series-view";
import { DataTable } from "@/components/ui/data-table";
import { DemoDataBadge } from "@/components/ui/demo-data-badge";
import { Link } from "@/i18n/navigation";
import { pageLocale } from "@/i18n/page-locale";
import { memberName } from "@/lib/core/i18n/country-names";
import { sourceKey, type Citation } from "@/lib/core/sources/citation";
import { countryCards } from "@/lib/explorer/cards/country";
import { economyCards } from "@/lib/regulations/cards/economy";
import { policyCountryCards } from "@/lib/policies/cards/country";
import {
  getMemberCountry,
  getPeerBenchmark,
  getTrafficSources,
  resolveCountryView,
  resolveEconomyView,
  resolveGapView,
  resolvePolicyCountry,
} from "@/lib/public-data";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; iso3: string }> };

/** How many rows of the top-marketplace and origin tables a brief shows. */
const TOP = 5;

export async function generateMetadata(props: Props): Promise<Metadata> {
  const locale = await pageLocale(props);
  const [t, country] = await Promise.all([getTranslations({ locale, namespace: "brief" }), getMemberCountry((await props.params).iso3.toUpperCase())]);
  if (!country) notFound();
  return { title: t("title", { country: memberName(country, locale) }) };
}

/** Distinct sources cited by a set of facts, and their latest verification date. */
function sourcesOf(facts: ReadonlyArray<{ sources: Citation[]; verifiedOn: Date | null }>) {
  const keys = new Set(facts.flatMap((f) => f.sources.map(sourceKey)));
  const dates = facts.map((f) => f.verifiedOn?.getTime()).filter((d): d is number => d !== undefined);
  return { count: keys.size, verified: dates.length > 0 ? new Date(Math.max(...dates)) : null };
}

/**
 * One printable document per FEALAC economy (/brief/<iso3>): the views of the
 * explorer, the regulation database and the policy inventory, read through
 * their own cards, cut to what fits a meeting.
 */
export default async function CountryBriefPage(props: Props) {
  const locale = await pageLocale(props);
  const { iso3 } = await props.params;
  const ctx = await resolveCountryView({ params: { iso3 }, search: { granularity: "year" }, locale });
  if (!ctx) notFound();
  const code = ctx.country.iso3;
  const lower = code.toLowerCase();
  const [economyCtx, policyCtx, gapCtx] = await Promise.all([
    resolveEconomyView({ params: { iso3: lower }, locale }),
    resolvePolicyCountry({ params: { iso3: lower }, locale }),
    resolveGapView({ economy: lower }, locale),
  ]);
  const scope = { ...gapCtx.scope, include: code };
  const [t, tx, tp, format, series, marketplaces, origins, indicators, traffic, scores, entries, measures, instrumentPeers, targetPeers] = await Promise.all([
    getTranslations("brief"),
    getTranslations("explorer"),
    getTranslations("policies"),
    getFormatter(),
    countryCards.series.load(ctx),
    countryCards.marketplaces.load(ctx),
    countryCards.origin.load(ctx),
    countryCards.indicators.load(ctx),
    getTrafficSources(code),
    economyCtx ? economyCards.scores.load(economyCtx) : Promise.resolve([]),
    economyCtx ? economyCards.entries.load(economyCtx) : Promise.resolve([]),
    policyCtx ? policyCountryCards.measures.load(policyCtx) : Promise.resolve([]),
    getPeerBenchmark("instrument", scope),
    getPeerBenchmark("target", scope),
  ]);
  const country = memberName(ctx.country, locale);
  const { years, demo } = ctx;
  const year = years[0] ?? null;
  const visitsIn = (y: number) => series.find((r) => r.period.startsWith(String(y)))?.visits ?? null;
  const visits = year === null ? null : visitsIn(year);
  const previous = year !== null && years.includes(year - 1) ? visitsIn(year - 1) : null;
  const change = visits !== null && previous ? visits / previous - 1 : null;
  const trend = series.filter((r) => years.includes(Number(r.period.slice(0, 4))));
  const noData = <p className="empty">{t("noData")}</p>;
  const dateOf = (d: Date | null) => (d ? format.dateTime(d, { dateStyle: "long", timeZone: "UTC" }) : t("notVerified"));
  const regulationSources = sourcesOf(entries.filter((e) => e.status !== "NO_DATA"));
  const published = [...new Map(measures.map((m) => [m.id, m])).values()];
  const policySources = sourcesOf(published);
  const today = format.dateTime(new Date(), { dateStyle: "long", timeZone: "UTC" });
  const month = traffic.latestMonth ? format.dateTime(new Date(`${traffic.latestMonth}T00:00:00Z`), { year: "numeric", month: "long", timeZone: "UTC" }) : t("noData");

  return (
    <article className="brief">
      <header className="view-header">
        <h1>{t("title", { country })}</h1>
        <p className="view-header__lead">{t("lead", { country })}</p>
        <p className="card__note">{t("generated", { date: today })}</p>
        {demo ? <DemoDataBadge withExplanation /> : null}
      </header>

      <section className="card brief__section" aria-labelledby="brief-traffic">
        <h2 id="brief-traffic">{t("trafficHeading")}</h2>
        {demo ? <DemoDataBadge /> : null}
        {year === null || visits === null ? (
          <p className="empty">{t("noTraffic", { country })}</p>
        ) : (
          <>
            <p className="brief__headline" data-testid="brief-headline">
              <strong>{t("headline", { visits: format.number(visits), year, country })}</strong>
              {" — "}
              {change === null
                ? t("headlineNoChange", { previous: year - 1 })
                : t("headlineChange", { change: format.number(change, { style: "percent", maximumFractionDigits: 1, signDisplay: "exceptZero" }), previous: year - 1 })}
            </p>
            <SeriesView locale={locale} card={countryCards.series} rows={trend} granularity="year" display="table" chartLabel={t("trendCaption", { country })} scope={country} sources={traffic.sources} />
            <div className="brief__block">
              <h3>{t("topMarketplacesHeading", { year })}</h3>
              <DataTable card={countryCards.marketplaces} rows={marketplaces.slice(0, TOP)} empty={noData} caption={tx("marketplacesHeading", { year })} />
            </div>
            <div className="brief__block">
              <h3>{t("originHeading", { year })}</h3>
              <p className="card__note">{t("originNote")}</p>
              <DataTable card={countryCards.origin} rows={origins.slice(0, TOP)} empty={noData} caption={tx("countryOriginHeading", { year })} />
            </div>
          </>
        )}
        <p className="brief__sources">
          {t("trafficSources", { sources: traffic.sources.length > 0 ? traffic.sources.join(", ") : t("noData"), month })}{" "}
          <Link href={`/explorer/country/${lower}`}>{t("details")}</Link>
        </p>
      </section>

      <section className="card brief__section" aria-labelledby="brief-indicators">
        <h2 id="brief-indicators">{t("indicatorsHeading")}</h2>
        <p className="card__note">{t("indicatorsNote")}</p>
        <DataTable card={countryCards.indicators} rows={indicators} empty={noData} caption={tx("indicatorsHeading")} />
      </section>

      <section className="card brief__section" aria-labelledby="brief-regulation">
        <h2 id="brief-regulation">{t("regulationHeading")}</h2>
        <p className="card__note">{t("regulationNote")}</p>
        {economyCtx && scores.length > 0 ? <DataTable card={economyCards.scores} rows={scores} className="regulation-scores" caption={t("regulationHeading")} /> : noData}
        <p className="brief__sources">
          {t("regulationSources", { sources: regulationSources.count, entries: entries.filter((e) => e.status !== "NO_DATA").length, verified: dateOf(regulationSources.verified) })}{" "}
          <Link href={`/regulations/economy/${lower}`}>{t("details")}</Link>
        </p>
      </section>

      <section className="card brief__section" aria-labelledby="brief-policies">
        <h2 id="brief-policies">{t("policiesHeading")}</h2>
        {published.length === 0 ? (
          <p className="empty">{t("policiesNone", { country })}</p>
        ) : (
          <DataTable card={policyCountryCards.measures} rows={measures} caption={t("policiesHeading")} />
        )}
        <p className="brief__sources">
          {t("policiesSources", { sources: policySources.count, count: published.length, verified: dateOf(policySources.verified) })}{" "}
          <Link href={`/policies/country/${lower}`}>{t("details")}</Link>
        </p>
      </section>

      <section className="card brief__section" aria-labelledby="brief-gaps">
        <h2 id="brief-gaps">{t("gapsHeading")}</h2>
        <p className="card__note">{t("gapsNote", { country, count: instrumentPeers[0]?.peers ?? 0, date: today })}</p>
        <div className="card-grid">
          <PeerBenchmark heading={tp("gaps.instrumentHeading")} dimension="instrument" rows={instrumentPeers} terms={gapCtx.vocabularies.instrumentTypes} />
          <PeerBenchmark heading={tp("gaps.targetHeading")} dimension="target" rows={targetPeers} terms={gapCtx.vocabularies.targetGroups} />
        </div>
        <p className="brief__sources">
          <Link href={`/policies/gaps?economy=${lower}`}>{t("details")}</Link>
        </p>
      </section>
    </article>
  );
}
