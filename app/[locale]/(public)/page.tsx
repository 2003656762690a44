import { getFormatter, getTranslations } from "next-intl/server";
import { DemoDataBadge } from "@/components/ui/demo-data-badge";
import { CountryList } from "@/components/home/country-list";
import { HeadlineCharts } from "@/components/home/headline-charts";
import { KeyFigures } from "@/components/home/key-figures";
import { SectionCards } from "@/components/home/section-cards";
import { pageLocale, type LocaleParams } from "@/i18n/page-locale";
import { getHomeSummary } from "@/lib/public-data";

// Counts come from the database on every request.
export const dynamic = "force-dynamic";

export default async function HomePage(props: LocaleParams) {
  const locale = await pageLocale(props);
  const [t, format, summary] = await Promise.all([getTranslations("home"), getFormatter(), getHomeSummary()]);

  return (
    <>
      <section className="hero">
        <h1>{t("title")}</h1>
        <p className="hero__lead">{t("lead", { count: summary.memberCount })}</p>
      </section>

      <section aria-labelledby="charts-heading">
        <h2 id="charts-heading">{t("charts.heading")}</h2>
        <HeadlineCharts locale={locale} />
      </section>

      <section aria-labelledby="figures-heading">
        <h2 id="figures-heading">{t("figuresHeading")}</h2>
        <KeyFigures summary={summary} />
        {summary.trafficIsDemo ? <DemoDataBadge withExplanation /> : null}
      </section>

      <section aria-labelledby="sections-heading">
        <h2 id="sections-heading">{t("sectionsHeading")}</h2>
        <SectionCards />
      </section>

      <section aria-labelledby="members-heading">
        <h2 id="members-heading">{t("membersHeading")}</h2>
        <div className="regions">
          {summary.regions.map((region) => (
            <CountryList key={region.code} region={region} locale={locale} format={format} />
          ))}
        </div>
      </section>
    </>
  );
}
