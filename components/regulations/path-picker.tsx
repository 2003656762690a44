import { getTranslations } from "next-intl/server";
import { getPathname } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { countryName } from "@/lib/core/i18n/country-names";
import { REGION_SLUGS } from "@/lib/core/regions";
import type { EconomyRow } from "@/lib/regulations/queries/taxonomy";

/**
 * Picks an economy and a partner (another economy, or a region) for the
 * paths to similarity: a plain GET form, so it works without script and
 * the result's address can be shared. Used on the paths view and on the
 * similarity matrix.
 */
export async function PathPicker({ locale, economies, economy, to }: { locale: Locale; economies: readonly EconomyRow[]; economy: string; to: string }) {
  const t = await getTranslations("regulations");
  const collator = new Intl.Collator(locale);
  const named = economies.map((e) => ({ iso3: e.iso3, name: countryName(e.iso3, locale) })).sort((a, b) => collator.compare(a.name, b.name));
  return (
    <form className="path-picker" method="get" action={getPathname({ href: "/regulations/paths", locale })} aria-labelledby="path-picker-heading">
      <h2 id="path-picker-heading">{t("paths.pickHeading")}</h2>
      <div className="path-picker__fields">
        <label>
          {t("paths.fromLabel")}
          <select name="economy" defaultValue={economy}>
            <option value="">{t("paths.choose")}</option>
            {named.map((e) => (
              <option key={e.iso3} value={e.iso3}>
                {e.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t("paths.toLabel")}
          <select name="to" defaultValue={to}>
            <option value="">{t("paths.choose")}</option>
            <optgroup label={t("paths.regionsGroup")}>
              {REGION_SLUGS.map((slug) => (
                <option key={slug} value={slug}>
                  {t(`pillar.regions.${slug}`)}
                </option>
              ))}
            </optgroup>
            <optgroup label={t("paths.economiesGroup")}>
              {named.map((e) => (
                <option key={e.iso3} value={e.iso3}>
                  {e.name}
                </option>
              ))}
            </optgroup>
          </select>
        </label>
        <button type="submit" className="button">
          {t("paths.submit")}
        </button>
      </div>
    </form>
  );
}
