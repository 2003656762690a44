import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PolicyCoverageSummary } from "@/components/policies/coverage-summary";
import { PolicyViewsNav } from "@/components/policies/policy-views-nav";
import { DataTable } from "@/components/ui/data-table";
import { DownloadLink } from "@/components/ui/download-link";
import { Link } from "@/i18n/navigation";
import { pageLocale, type LocaleParams } from "@/i18n/page-locale";
import { policyCoverageCards, policyCoverageCsv, resolvePolicyCoverage } from "@/lib/policies/cards/coverage";

export const dynamic = "force-dynamic";

export async function generateMetadata(props: LocaleParams): Promise<Metadata> {
  const locale = await pageLocale(props);
  const t = await getTranslations({ locale, namespace: "coverage" });
  return { title: t("policiesTitle") };
}

export default async function PolicyCoveragePage(props: LocaleParams) {
  const locale = await pageLocale(props);
  const ctx = await resolvePolicyCoverage({ locale });
  const [t, policies, instrumentRows, targetRows] = await Promise.all([
    getTranslations("coverage"),
    getTranslations("policies"),
    policyCoverageCards.instrument.load(ctx),
    policyCoverageCards.target.load(ctx),
  ]);
  const sections = [
    { card: "instrument", heading: t("byInstrument"), rows: instrumentRows },
    { card: "target", heading: t("byTarget"), rows: targetRows },
  ] as const;

  return (
    <>
      <header className="view-header">
        <p className="breadcrumb">
          <Link href="/policies">{policies("title")}</Link>
        </p>
        <h1>{t("policiesTitle")}</h1>
        <p className="view-header__lead">{t("policiesLead")}</p>
        <PolicyViewsNav current="coverage" />
      </header>
      <PolicyCoverageSummary />

      {sections.map(({ card, heading, rows }) => (
        <section key={card} className="card" aria-labelledby={`coverage-${card}-heading`}>
          <h2 id={`coverage-${card}-heading`}>{heading}</h2>
          <DataTable
            card={policyCoverageCards[card]}
            ctx={ctx}
            rows={rows}
            caption={heading}
            className="coverage coverage--policies"
            empty={<p className="empty">{t("policiesEmpty")}</p>}
            csv={policyCoverageCsv(ctx, card)}
          />
          <DownloadLink href={policyCoverageCsv(ctx, card)} />
        </section>
      ))}
    </>
  );
}
