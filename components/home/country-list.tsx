import { getTranslations } from "next-intl/server";
import type { getFormatter } from "next-intl/server";
import type { HomeSummary } from "@/lib/home/queries";
import { localizedName } from "@/lib/core/i18n/localized";

type Formatter = Awaited<ReturnType<typeof getFormatter>>;

/** One region's member countries, as a table (names sorted for the page's language). */
export async function CountryList({
  region,
  locale,
  format,
}: {
  region: HomeSummary["regions"][number];
  locale: string;
  format: Formatter;
}) {
  const t = await getTranslations("home");
  const regionName = localizedName(region, locale);
  const countries = [...region.countries].sort((a, b) =>
    localizedName(a, locale).localeCompare(localizedName(b, locale), locale),
  );
  return (
    <section className="region" aria-labelledby={`region-${region.code}`}>
      <h3 id={`region-${region.code}`}>
        {regionName} <span className="region__count">{t("regionSummary", { count: countries.length })}</span>
      </h3>
      <table className="data-table">
        <caption className="visually-hidden">{t("countryTableCaption", { region: regionName })}</caption>
        <thead>
          <tr>
            <th scope="col">{t("columnCountry")}</th>
            <th scope="col">{t("columnCode")}</th>
            <th scope="col" className="numeric">
              {t("columnMarketplaces")}
            </th>
          </tr>
        </thead>
        <tbody>
          {countries.map((c) => (
            <tr key={c.iso3}>
              <th scope="row">{localizedName(c, locale)}</th>
              <td>
                <abbr title={localizedName(c, locale)}>{c.iso3}</abbr>
              </td>
              <td className="numeric">{format.number(c.marketplaceCount)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
