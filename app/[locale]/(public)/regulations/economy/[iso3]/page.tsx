import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { DownloadLink } from "@/components/ui/download-link";
import { EntryDetails } from "@/components/regulations/entry-details";
import { MethodNote } from "@/components/regulations/method-note";
import { PillarScoreChart } from "@/components/regulations/pillar-score-chart";
import { SCORE_FORMAT } from "@/components/regulations/score-format";
import { RegulationViewsNav } from "@/components/regulations/views-nav";
import { Link } from "@/i18n/navigation";
import { pageLocale } from "@/i18n/page-locale";
import { countryName } from "@/lib/core/i18n/country-names";
import { getEntries } from "@/lib/regulations/queries/entries";
import { getOverallScores, getPillarScores } from "@/lib/regulations/queries/scores";
import { getEconomies, getPillars } from "@/lib/regulations/queries/taxonomy";
import { localizedName } from "@/lib/core/i18n/localized";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; iso3: string }> };

async function loadEconomy(props: Props) {
  const { iso3 } = await props.params;
  const economy = (await getEconomies()).find((e) => e.iso3 === iso3.toUpperCase());
  if (!economy) notFound();
  return economy;
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const locale = await pageLocale(props);
  const [t, economy] = await Promise.all([getTranslations({ locale, namespace: "regulations" }), loadEconomy(props)]);
  return { title: t("profile.title", { economy: countryName(economy.iso3, locale) }) };
}

export default async function EconomyProfilePage(props: Props) {
  const locale = await pageLocale(props);
  const economy = await loadEconomy(props);
  const [t, format, pillars, scores, [overall], entries] = await Promise.all([
    getTranslations("regulations"),
    getFormatter(),
    getPillars(),
    getPillarScores({ economies: [economy.iso3] }),
    getOverallScores({ economies: [economy.iso3] }),
    getEntries([economy.iso3]),
  ]);
  const name = countryName(economy.iso3, locale);
  const score = (value: number) => format.number(value, SCORE_FORMAT);
  const scoreOf = new Map(scores.map((s) => [s.pillarCode, s]));
  const bars = scores.filter((s) => s.score !== null).map((s) => ({ code: s.pillarCode, label: s.pillarCode, score: s.score as number }));
  const withData = entries.filter((e) => e.status !== "NO_DATA").length;

  return (
    <>
      <header className="view-header">
        <p className="breadcrumb">
          <Link href="/regulations">{t("title")}</Link> › {t(`pillar.regions.${economy.regionCode === "EAST_ASIA" ? "east-asia" : "latin-america"}`)}
        </p>
        <h1>{t("profile.title", { economy: name })}</h1>
        <p className="view-header__lead">{t("profile.lead", { economy: name })}</p>
        <RegulationViewsNav current={null} />
      </header>

      <section className="card" aria-labelledby="scores-heading">
        <h2 id="scores-heading">{t("profile.scoresHeading")}</h2>
        <p className="regulation-overall">
          {overall.score === null
            ? t("profile.overallNone")
            : t("profile.overall", { score: score(overall.score), scored: overall.scored, total: overall.total })}{" "}
          {t("profile.coverage", { withData, total: entries.length })}
        </p>
        {bars.length > 0 ? (
          <PillarScoreChart bars={bars} ariaLabel={t("profile.chartLabel", { economy: name })} axisLabel={t("profile.scoreAxis")} />
        ) : (
          <p className="card__note">{t("profile.noScoresChart")}</p>
        )}
        <div className="table-scroll">
          <table className="data-table regulation-scores">
            <caption>{t("profile.tableCaption", { economy: name })}</caption>
            <thead>
              <tr>
                <th scope="col">{t("profile.pillarCol")}</th>
                <th scope="col" className="numeric">
                  {t("profile.scoreCol")}
                </th>
                <th scope="col" className="numeric">
                  {t("profile.restsOnCol")}
                </th>
              </tr>
            </thead>
            <tbody>
              {pillars.map((p) => {
                const s = scoreOf.get(p.code);
                return (
                  <tr key={p.code}>
                    <th scope="row">
                      <a href={`#pillar-${p.code}`}>
                        {p.code} — {localizedName(p, locale)}
                      </a>
                    </th>
                    <td className="numeric">{s?.score == null ? <span className="regulation-muted">{t("noData")}</span> : score(s.score)}</td>
                    <td className="numeric">{t("profile.restsOn", { scored: s?.scored ?? 0, total: s?.total ?? p.indicators })}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
        <MethodNote />
        <p className="regulation-links">
          <Link href={`/regulations/compare?economies=${economy.iso3}`}>{t("profile.compareWith")}</Link>
        </p>
        <DownloadLink href={`/api/regulations/economy/${economy.iso3.toLowerCase()}${locale === "es" ? "?lang=es" : ""}`} />
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
                  <EntryDetails
                    key={entry.indicatorCode}
                    entry={entry}
                    indicatorName={locale === "es" ? entry.indicatorNameEs : entry.indicatorNameEn}
                    economyName={name}
                  />
                ))}
              </ul>
            </section>
          );
        })}
      </section>
    </>
  );
}
