import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { DataTable } from "@/components/ui/data-table";
import { DownloadLink } from "@/components/ui/download-link";
import { RegulationCoverageSummary } from "@/components/regulations/coverage-summary";
import { MethodNote } from "@/components/regulations/method-note";
import { RegulationSearchBox } from "@/components/regulations/search-box";
import { RegulationViewsNav } from "@/components/regulations/views-nav";
import { Link } from "@/i18n/navigation";
import { pageLocale, type LocaleParams } from "@/i18n/page-locale";
import { countryName } from "@/lib/core/i18n/country-names";
import { REGION_CODES, regionSlugOf, type RegionCode } from "@/lib/core/regions";
import { overviewCards, overviewCsv } from "@/lib/regulations/cards/overview";
import { getCoverage, getEconomies } from "@/lib/public-data";

export const dynamic = "force-dynamic";

export async function generateMetadata(props: LocaleParams): Promise<Metadata> {
  const locale = await pageLocale(props);
  const t = await getTranslations({ locale, namespace: "regulations" });
  return { title: t("title") };
}

export default async function RegulationsPage(props: LocaleParams) {
  const locale = await pageLocale(props);
  const ctx = { locale };
  const [t, format, pillars, coverage, economies] = await Promise.all([
    getTranslations("regulations"),
    getFormatter(),
    overviewCards.pillars.load(ctx),
    getCoverage(),
    getEconomies(),
  ]);
  const collator = new Intl.Collator(locale);
  const byRegion = (code: RegionCode) =>
    economies
      .filter((e) => e.regionCode === code)
      .map((e) => ({ iso3: e.iso3, name: countryName(e.iso3, locale) }))
      .sort((a, b) => collator.compare(a.name, b.name));

  return (
    <>
      <header className="view-header">
        <h1>{t("title")}</h1>
        <p className="view-header__lead">{t("lead")}</p>
        <RegulationViewsNav current="overview" />
      </header>

      <RegulationSearchBox locale={locale} />

      <section className="card" aria-labelledby="coverage-heading">
        <h2 id="coverage-heading">{t("landing.coverageHeading")}</h2>
        <RegulationCoverageSummary />
        <p className="card__note">
          {coverage.lastVerified
            ? t("landing.lastVerified", { date: format.dateTime(coverage.lastVerified, { dateStyle: "medium", timeZone: "UTC" }) })
            : t("landing.neverVerified")}{" "}
          {t("coverageNote")}
        </p>
        <MethodNote distance />
      </section>

      <section className="card" aria-labelledby="pillars-heading">
        <h2 id="pillars-heading">{t("landing.pillarsHeading")}</h2>
        <DataTable card={overviewCards.pillars} rows={pillars} caption={t("landing.pillarsHeading")} csv={overviewCsv(ctx, "pillars")} />
        <DownloadLink href={overviewCsv(ctx, "pillars")} />
      </section>

      <section className="card" aria-labelledby="economies-heading">
        <h2 id="economies-heading">{t("landing.economiesHeading")}</h2>
        <div className="regulation-economies">
          {REGION_CODES.map((region) => (
            <div key={region}>
              <h3>{t(`pillar.regions.${regionSlugOf(region)}`)}</h3>
              <ul>
                {byRegion(region).map((e) => (
                  <li key={e.iso3}>
                    <Link href={`/regulations/economy/${e.iso3.toLowerCase()}`}>{e.name}</Link>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </div>
      </section>
    </>
  );
}
