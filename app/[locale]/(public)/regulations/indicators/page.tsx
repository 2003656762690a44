import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { RegulationViewsNav } from "@/components/regulations/views-nav";
import { pageLocale, type LocaleParams } from "@/i18n/page-locale";
import { getIndicators, getPillars } from "@/lib/public-data";

export const dynamic = "force-dynamic";

export async function generateMetadata(props: LocaleParams): Promise<Metadata> {
  const locale = await pageLocale(props);
  const t = await getTranslations({ locale, namespace: "regulations.indicators" });
  return { title: t("title") };
}

/** The taxonomy as a reference: each indicator's scoring rule, weight and crosswalk to the Digital STRI and the Cyberlaw Tracker. */
export default async function RegulationIndicatorsPage(props: LocaleParams) {
  const locale = await pageLocale(props);
  const [t, format, pillars, indicators] = await Promise.all([
    getTranslations("regulations.indicators"),
    getFormatter(),
    getPillars(),
    getIndicators(),
  ]);
  const es = locale === "es";
  return (
    <>
      <header className="view-header">
        <h1>{t("title")}</h1>
        <p className="view-header__lead">{t("lead")}</p>
        <RegulationViewsNav current="indicators" />
      </header>
      {pillars.map((pillar) => (
        <section key={pillar.code} className="card" aria-labelledby={`pillar-${pillar.code}`}>
          <h2 id={`pillar-${pillar.code}`}>
            {pillar.code} — {es ? pillar.nameEs : pillar.nameEn}
          </h2>
          <div className="table-scroll">
            <table className="data-table regulation-indicators">
              <caption className="visually-hidden">{t("caption", { pillar: es ? pillar.nameEs : pillar.nameEn })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("indicator")}</th>
                  <th scope="col">{t("score0")}</th>
                  <th scope="col">{t("scoreHalf")}</th>
                  <th scope="col">{t("score1")}</th>
                  <th scope="col" className="numeric">{t("weight")}</th>
                  <th scope="col">{t("crosswalk")}</th>
                </tr>
              </thead>
              <tbody>
                {indicators
                  .filter((i) => i.pillarCode === pillar.code)
                  .map((i) => (
                    <tr key={i.code} id={i.code}>
                      <th scope="row">
                        <span className="regulation-entry__code">{i.code}</span> {es ? i.nameEs : i.nameEn}
                      </th>
                      <td>{es ? i.score0Es : i.score0En}</td>
                      <td>{es ? i.scoreHalfEs : i.scoreHalfEn}</td>
                      <td>{es ? i.score1Es : i.score1En}</td>
                      <td className="numeric">{format.number(i.weight, { maximumFractionDigits: 3 })}</td>
                      <td>
                        <ul className="regulation-crosswalk">
                          <li>{t("digitalStri", { area: i.digitalStriArea ? t(`striAreas.${i.digitalStriArea}`) : t("none") })}</li>
                          <li>{t("cyberlaw", { area: i.cyberlawArea ? t(`cyberlawAreas.${i.cyberlawArea}`) : t("none") })}</li>
                        </ul>
                      </td>
                    </tr>
                  ))}
              </tbody>
            </table>
          </div>
        </section>
      ))}
    </>
  );
}
