import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { DataTable } from "@/components/ui/data-table";
import { DownloadLink } from "@/components/ui/download-link";
import { OptionLinks } from "@/components/ui/option-links";
import { MethodNote } from "@/components/regulations/method-note";
import { PathPicker } from "@/components/regulations/path-picker";
import { SimilarityMatrix } from "@/components/regulations/similarity-matrix";
import { RegulationViewsNav } from "@/components/regulations/views-nav";
import { Link } from "@/i18n/navigation";
import { pageLocale, type LocaleParams } from "@/i18n/page-locale";
import { countryName } from "@/lib/core/i18n/country-names";
import { REGION_CODES, regionSlugOf, type RegionCode } from "@/lib/core/regions";
import { type SearchParams } from "@/lib/core/url-state";
import { MIN_OVERLAP } from "@/lib/regulations/method";
import { similarityCards, similarityCsv } from "@/lib/regulations/cards/similarity";
import { SIMILARITY_ORDERS, similarityQuery } from "@/lib/regulations/view-state";
import { getEconomies, resolveSimilarityView } from "@/lib/public-data";

export const dynamic = "force-dynamic";

type Props = LocaleParams & { searchParams: Promise<SearchParams> };

export async function generateMetadata(props: Props): Promise<Metadata> {
  const locale = await pageLocale(props);
  const t = await getTranslations({ locale, namespace: "regulations" });
  return { title: t("similarity.title") };
}

export default async function SimilarityPage(props: Props) {
  const locale = await pageLocale(props);
  const ctx = await resolveSimilarityView({ search: await props.searchParams, locale });
  const { state } = ctx;
  // The list is in the page's order; the matrix looks each pair up, so it takes the same rows.
  const [t, economyRows, pairs] = await Promise.all([getTranslations("regulations"), getEconomies(), similarityCards.list.load(ctx)]);
  const collator = new Intl.Collator(locale);
  const regionRank = (code: RegionCode | null) => (code === null ? REGION_CODES.length : REGION_CODES.indexOf(code));
  const economies = economyRows
    .map((e) => ({ iso3: e.iso3, regionCode: e.regionCode, name: countryName(e.iso3, locale) }))
    .sort((a, b) => (state.order === "region" ? regionRank(a.regionCode) - regionRank(b.regionCode) : 0) || collator.compare(a.name, b.name));
  const groups = state.order === "region" ? new Map(REGION_CODES.map((code) => [code, t(`pillar.regions.${regionSlugOf(code)}`)])) : null;

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
        <DownloadLink href={similarityCsv(ctx, "pairs")} />
      </section>

      <PathPicker locale={locale} economies={economyRows} economy="" to="" />

      <section className="card" aria-labelledby="pairs-heading">
        <h2 id="pairs-heading">{t("similarity.pairsHeading")}</h2>
        <div className="table-scroll--tall">
          <DataTable
            card={similarityCards.list}
            rows={pairs}
            caption={t("similarity.pairsHeading")}
            empty={<p>{t("similarity.noPairs")}</p>}
            csv={similarityCsv(ctx, "list")}
          />
        </div>
        <DownloadLink href={similarityCsv(ctx, "list")} />
      </section>
    </>
  );
}
