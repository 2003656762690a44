import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { DataTable } from "@/components/ui/data-table";
import { DownloadLink } from "@/components/ui/download-link";
import { EntryDetails } from "@/components/regulations/entry-details";
import { MethodNote } from "@/components/regulations/method-note";
import { economyPillarChart } from "@/components/regulations/economy-chart";
import { SCORE_FORMAT } from "@/components/regulations/score-format";
import { RegulationViewsNav } from "@/components/regulations/views-nav";
import { Link } from "@/i18n/navigation";
import { pageLocale } from "@/i18n/page-locale";
import { localizedName } from "@/lib/core/i18n/localized";
import { regionSlugOf } from "@/lib/core/regions";
import { economyCards, economyCsv } from "@/lib/regulations/cards/economy";
import { getOverallScores, getPillars, resolveEconomyView } from "@/lib/public-data";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; iso3: string }> };

async function loadView(props: Props) {
  const locale = await pageLocale(props);
  const ctx = await resolveEconomyView({ params: await props.params, locale });
  if (!ctx) notFound();
  return ctx;
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { name, locale } = await loadView(props);
  const t = await getTranslations({ locale, namespace: "regulations" });
  return { title: t("profile.title", { economy: name }) };
}

export default async function EconomyProfilePage(props: Props) {
  const ctx = await loadView(props);
  const { economy, name, locale } = ctx;
  const [t, tb, format, pillars, scores, [overall], entries] = await Promise.all([
    getTranslations("regulations"),
    getTranslations("brief"),
    getFormatter(),
    getPillars(),
    economyCards.scores.load(ctx),
    getOverallScores({ economies: [economy.iso3] }),
    economyCards.entries.load(ctx),
  ]);
  const chart = await economyPillarChart(ctx, scores);
  const withData = entries.filter((e) => e.status !== "NO_DATA").length;
  const csv = economyCsv(ctx, "scores");

  return (
    <>
      <header className="view-header">
        <p className="breadcrumb">
          <Link href="/regulations">{t("title")}</Link>
          {economy.regionCode ? <> › {t(`pillar.regions.${regionSlugOf(economy.regionCode)}`)}</> : null}
        </p>
        <h1>{t("profile.title", { economy: name })}</h1>
        <p className="view-header__lead">{t("profile.lead", { economy: name })}</p>
        <p className="brief-link">
          <Link href={`/brief/${economy.iso3.toLowerCase()}`}>{tb("link")}</Link>
        </p>
        <RegulationViewsNav current={null} />
      </header>

      <section className="card" aria-labelledby="scores-heading">
        <h2 id="scores-heading">{t("profile.scoresHeading")}</h2>
        <p className="regulation-overall">
          {overall.score === null
            ? t("profile.overallNone")
            : t("profile.overall", { score: format.number(overall.score, SCORE_FORMAT), scored: overall.scored, total: overall.total })}{" "}
          {t("profile.coverage", { withData, total: entries.length })}
        </p>
        {chart ? (
          chart.chart
        ) : (
          <p className="card__note">{t("profile.noScoresChart")}</p>
        )}
        <DataTable card={economyCards.scores} rows={scores} caption={t("profile.tableCaption", { economy: name })} className="regulation-scores" csv={csv} />
        <MethodNote />
        <p className="regulation-links">
          <Link href={`/regulations/compare?economies=${economy.iso3}`}>{t("profile.compareWith")}</Link>
          {" · "}
          <Link href={`/regulations/what-if?economy=${economy.iso3}`}>{t("whatIf.fromProfile")}</Link>
        </p>
        <DownloadLink href={csv} />
      </section>

      <section aria-labelledby="entries-heading">
        <h2 id="entries-heading">{t("profile.entriesHeading")}</h2>
        {pillars.map((p) => {
          const list = entries.filter((e) => e.pillarCode === p.code);
          return (
            <section key={p.code} className="card regulation-pillar" id={`pillar-${p.code}`} aria-labelledby={`pillar-${p.code}-heading`}>
              <h3 id={`pillar-${p.code}-heading`}>
                {p.code} — {localizedName(p, locale)}
              </h3>
              <p className="card__note">
                {t("profile.pillarSummary", { withData: list.filter((e) => e.status !== "NO_DATA").length, total: list.length })} ·{" "}
                <Link href={`/regulations/pillar/${p.code.toLowerCase()}`}>{t("profile.pillarRanking")}</Link>
              </p>
              <ul className="regulation-entries">
                {list.map((entry) => (
                  <EntryDetails key={entry.indicatorCode} entry={entry} indicatorName={entry.indicator} economyName={name} />
                ))}
              </ul>
            </section>
          );
        })}
        <DownloadLink href={economyCsv(ctx, "entries")} />
      </section>
    </>
  );
}
