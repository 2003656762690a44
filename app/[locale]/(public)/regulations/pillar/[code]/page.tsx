import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { DataTable } from "@/components/ui/data-table";
import { DownloadLink } from "@/components/ui/download-link";
import { OptionLinks } from "@/components/ui/option-links";
import { MethodNote } from "@/components/regulations/method-note";
import { RegulationViewsNav } from "@/components/regulations/views-nav";
import { Link } from "@/i18n/navigation";
import { pageLocale } from "@/i18n/page-locale";
import { localizedName } from "@/lib/core/i18n/localized";
import { REGION_PARAMS } from "@/lib/core/regions";
import { type SearchParams } from "@/lib/core/url-state";
import { pillarCards, pillarCsv } from "@/lib/regulations/cards/pillar";
import { pillarQuery } from "@/lib/regulations/view-state";
import { getPillars, resolvePillarView } from "@/lib/public-data";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ locale: string; code: string }>;
  searchParams: Promise<SearchParams>;
};

async function loadView(props: Props) {
  const locale = await pageLocale(props);
  const ctx = await resolvePillarView({ params: await props.params, search: await props.searchParams, locale });
  if (!ctx) notFound();
  return ctx;
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { pillar, locale } = await loadView(props);
  const t = await getTranslations({ locale, namespace: "regulations" });
  return { title: t("pillar.title", { pillar: `${pillar.code} ${localizedName(pillar, locale)}` }) };
}

export default async function PillarPage(props: Props) {
  const ctx = await loadView(props);
  const { pillar, state, locale } = ctx;
  const [t, ranking, pillars] = await Promise.all([getTranslations("regulations"), pillarCards.ranking.load(ctx), getPillars()]);
  const title = `${pillar.code} — ${localizedName(pillar, locale)}`;
  const path = `/regulations/pillar/${pillar.code.toLowerCase()}`;
  const query = pillarQuery(state);
  const csv = pillarCsv(ctx, "ranking");

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
        <DataTable card={pillarCards.ranking} rows={ranking} caption={t("pillar.caption", { pillar: title })} className="regulation-scores" csv={csv} />
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
