import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { DownloadLink } from "@/components/ui/download-link";
import { OptionLinks } from "@/components/ui/option-links";
import { MethodNote } from "@/components/regulations/method-note";
import { SCORE_FORMAT } from "@/components/regulations/score-format";
import { RegulationViewsNav } from "@/components/regulations/views-nav";
import { Link } from "@/i18n/navigation";
import { pageLocale } from "@/i18n/page-locale";
import { countryName } from "@/lib/core/i18n/country-names";
import { getPillarRanking } from "@/lib/regulations/queries/scores";
import { getPillars } from "@/lib/regulations/queries/taxonomy";
import { localizedName } from "@/lib/core/i18n/localized";
import { REGION_PARAMS, regionCodeOf } from "@/lib/core/regions";
import { parsePillarView, pillarQuery } from "@/lib/regulations/view-state";
import { type SearchParams } from "@/lib/core/url-state";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ locale: string; code: string }>;
  searchParams: Promise<SearchParams>;
};

async function loadPillar(props: Props) {
  const { code } = await props.params;
  const pillar = (await getPillars()).find((p) => p.code === code.toUpperCase());
  if (!pillar) notFound();
  return pillar;
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const locale = await pageLocale(props);
  const [t, pillar] = await Promise.all([getTranslations({ locale, namespace: "regulations" }), loadPillar(props)]);
  return { title: t("pillar.title", { pillar: `${pillar.code} ${localizedName(pillar, locale)}` }) };
}

export default async function PillarPage(props: Props) {
  const locale = await pageLocale(props);
  const pillar = await loadPillar(props);
  const state = parsePillarView(await props.searchParams);
  const [t, format, ranking, pillars] = await Promise.all([
    getTranslations("regulations"),
    getFormatter(),
    getPillarRanking(pillar.code, regionCodeOf(state.region), locale),
    getPillars(),
  ]);
  const title = `${pillar.code} — ${localizedName(pillar, locale)}`;
  const path = `/regulations/pillar/${pillar.code.toLowerCase()}`;
  const query = pillarQuery(state);
  const csv = `/api/regulations/pillar/${pillar.code.toLowerCase()}${query}${locale === "es" ? `${query ? "&" : "?"}lang=es` : ""}`;

  return (
    <>
      <header className="view-header">
        <p className="breadcrumb">
          <Link href="/regulations">{t("title")}</Link>
        </p>
        <h1>{t("pillar.title", { pillar: title })}</h1>
        <p className="view-header__lead">{t("pillar.lead")}</p>
        <RegulationViewsNav current={null} />
      </header>

      <section className="card" aria-labelledby="ranking-heading">
        <h2 id="ranking-heading" className="visually-hidden">
          {t("pillar.caption", { pillar: title })}
        </h2>
        <div className="controls">
          <OptionLinks
            label={t("pillar.regionLabel")}
            options={REGION_PARAMS}
            current={state.region}
            href={(region) => `${path}${pillarQuery({ region })}`}
            name={(region) => t(`pillar.regions.${region}`)}
          />
        </div>
        <div className="table-scroll">
          <table className="data-table regulation-scores">
            <caption className="visually-hidden">{t("pillar.caption", { pillar: title })}</caption>
            <thead>
              <tr>
                <th scope="col" className="numeric">
                  {t("pillar.rankCol")}
                </th>
                <th scope="col">{t("pillar.economyCol")}</th>
                <th scope="col">{t("pillar.regionCol")}</th>
                <th scope="col" className="numeric">
                  {t("profile.scoreCol")}
                </th>
                <th scope="col" className="numeric">
                  {t("profile.restsOnCol")}
                </th>
              </tr>
            </thead>
            <tbody>
              {ranking.map((row) => (
                <tr key={row.iso3}>
                  <td className="numeric">{row.rank ?? "–"}</td>
                  <th scope="row">
                    <Link href={`/regulations/economy/${row.iso3.toLowerCase()}#pillar-${pillar.code}`}>{countryName(row.iso3, locale)}</Link>
                  </th>
                  <td>{t(`pillar.regions.${row.regionCode === "EAST_ASIA" ? "east-asia" : "latin-america"}`)}</td>
                  <td className="numeric">{row.score === null ? <span className="regulation-muted">{t("noData")}</span> : format.number(row.score, SCORE_FORMAT)}</td>
                  <td className="numeric">{t("profile.restsOn", { scored: row.scored, total: row.total })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <MethodNote />
        <DownloadLink href={csv} />
      </section>

      <nav className="card" aria-labelledby="other-pillars">
        <h2 id="other-pillars">{t("pillar.otherPillars")}</h2>
        <ul className="regulation-pillar-links">
          {pillars.map((p) => (
            <li key={p.code}>
              <Link href={`/regulations/pillar/${p.code.toLowerCase()}${query}`} aria-current={p.code === pillar.code ? "page" : undefined}>
                {p.code} — {localizedName(p, locale)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </>
  );
}
