import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { DownloadLink } from "@/components/ui/download-link";
import { OptionLinks } from "@/components/ui/option-links";
import { MethodNote } from "@/components/regulations/method-note";
import { SimilarityMatrix } from "@/components/regulations/similarity-matrix";
import { RegulationViewsNav } from "@/components/regulations/views-nav";
import { Link } from "@/i18n/navigation";
import { pageLocale, type LocaleParams } from "@/i18n/page-locale";
import { countryName } from "@/lib/core/i18n/country-names";
import { getPairDistances } from "@/lib/regulations/queries/similarity";
import { getEconomies } from "@/lib/regulations/queries/taxonomy";
import { MIN_OVERLAP } from "@/lib/regulations/method";
import { SIMILARITY_ORDERS, parseSimilarityView, similarityQuery } from "@/lib/regulations/view-state";
import { type SearchParams } from "@/lib/core/url-state";

export const dynamic = "force-dynamic";

type Props = LocaleParams & { searchParams: Promise<SearchParams> };

export async function generateMetadata(props: Props): Promise<Metadata> {
  const locale = await pageLocale(props);
  const t = await getTranslations({ locale, namespace: "regulations" });
  return { title: t("similarity.title") };
}

export default async function SimilarityPage(props: Props) {
  const locale = await pageLocale(props);
  const state = parseSimilarityView(await props.searchParams);
  const [t, format, economyRows, pairs] = await Promise.all([getTranslations("regulations"), getFormatter(), getEconomies(), getPairDistances()]);
  const collator = new Intl.Collator(locale);
  const regionRank = (code: string | null) => (code === "EAST_ASIA" ? 0 : 1);
  const economies = economyRows
    .map((e) => ({ iso3: e.iso3, regionCode: e.regionCode, name: countryName(e.iso3, locale) }))
    .sort((a, b) => (state.order === "region" ? regionRank(a.regionCode) - regionRank(b.regionCode) : 0) || collator.compare(a.name, b.name));
  const nameOf = new Map(economies.map((e) => [e.iso3, e.name]));
  const groups =
    state.order === "region"
      ? new Map([
          ["EAST_ASIA", t("pillar.regions.east-asia")],
          ["LATIN_AMERICA", t("pillar.regions.latin-america")],
        ])
      : null;
  const two = (v: number) => format.number(v, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const listed = [...pairs].sort((a, b) => {
    const shownA = a.overlap >= MIN_OVERLAP ? 0 : 1;
    const shownB = b.overlap >= MIN_OVERLAP ? 0 : 1;
    return shownA - shownB || (shownA === 0 ? a.distance - b.distance : 0) || b.overlap - a.overlap || a.a.localeCompare(b.a) || a.b.localeCompare(b.b);
  });
  const query = similarityQuery(state);
  const csv = `/api/regulations/similarity${query}${locale === "es" ? `${query ? "&" : "?"}lang=es` : ""}`;

  return (
    <>
      <header className="view-header">
        <p className="breadcrumb">
          <Link href="/regulations">{t("title")}</Link>
        </p>
        <h1>{t("similarity.title")}</h1>
        <p className="view-header__lead">{t("similarity.lead")}</p>
        <RegulationViewsNav current="similarity" />
      </header>

      <section className="card" aria-labelledby="matrix-heading">
        <h2 id="matrix-heading" className="visually-hidden">
          {t("similarity.caption")}
        </h2>
        <p className="regulation-method-statement">{t("method.distance", { min: MIN_OVERLAP })}</p>
        <div className="controls">
          <OptionLinks
            label={t("similarity.orderLabel")}
            options={SIMILARITY_ORDERS}
            current={state.order}
            href={(order) => `/regulations/similarity${similarityQuery({ order })}`}
            name={(order) => t(`similarity.orders.${order}`)}
          />
        </div>
        <SimilarityMatrix economies={economies} pairs={pairs} groups={groups} />
        <MethodNote distance />
        <DownloadLink href={csv} />
      </section>

      <section className="card" aria-labelledby="pairs-heading">
        <h2 id="pairs-heading">{t("similarity.pairsHeading")}</h2>
        {listed.length === 0 ? (
          <p>{t("similarity.noPairs")}</p>
        ) : (
          <div className="table-scroll table-scroll--tall">
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{t("similarity.pairCol")}</th>
                  <th scope="col" className="numeric">
                    {t("similarity.distanceCol")}
                  </th>
                  <th scope="col" className="numeric">
                    {t("similarity.overlapCol")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {listed.map((p) => (
                  <tr key={`${p.a}-${p.b}`}>
                    <th scope="row">
                      <Link href={`/regulations/compare?economies=${p.a},${p.b}`}>
                        {nameOf.get(p.a) ?? p.a} – {nameOf.get(p.b) ?? p.b}
                      </Link>
                    </th>
                    <td className="numeric">{p.overlap >= MIN_OVERLAP ? two(p.distance) : <span className="regulation-muted">{t("similarity.tooLittle")}</span>}</td>
                    <td className="numeric">{p.overlap}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}
