import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { DownloadLink } from "@/components/ui/download-link";
import { CoverageMatrix } from "@/components/regulations/coverage-matrix";
import { RegulationViewsNav } from "@/components/regulations/views-nav";
import { Link } from "@/i18n/navigation";
import { pageLocale, type LocaleParams } from "@/i18n/page-locale";
import { coverageCards, coverageCsv, resolveCoverageView } from "@/lib/regulations/cards/coverage";

export const dynamic = "force-dynamic";

export async function generateMetadata(props: LocaleParams): Promise<Metadata> {
  const locale = await pageLocale(props);
  const t = await getTranslations({ locale, namespace: "coverage" });
  return { title: t("regulationsTitle") };
}

export default async function RegulationCoveragePage(props: LocaleParams) {
  const locale = await pageLocale(props);
  const ctx = await resolveCoverageView({ locale });
  const [t, regulations, rows] = await Promise.all([getTranslations("coverage"), getTranslations("regulations"), coverageCards.economies.load(ctx)]);
  const csv = coverageCsv(ctx);

  return (
    <>
      <header className="view-header">
        <p className="breadcrumb">
          <Link href="/regulations">{regulations("title")}</Link>
        </p>
        <h1>{t("regulationsTitle")}</h1>
        <p className="view-header__lead">{t("regulationsLead")}</p>
        <RegulationViewsNav current="coverage" />
      </header>

      <section className="card" aria-labelledby="coverage-matrix-heading">
        <h2 id="coverage-matrix-heading" className="visually-hidden">
          {t("matrixCaption")}
        </h2>
        <CoverageMatrix rows={rows} pillars={ctx.pillars} csv={csv} />
        <DownloadLink href={csv} />
      </section>
    </>
  );
}
