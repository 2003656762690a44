import { getTranslations } from "next-intl/server";
import { getPathname } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { countryName } from "@/lib/core/i18n/country-names";
import { REGION_CODES, regionSlugOf } from "@/lib/core/regions";
import type { EconomyRow } from "@/lib/regulations/queries/taxonomy";

/** Picks the economies to compare: a plain GET form of checkboxes, grouped by region. */
export async function ComparePicker({ locale, economies, chosen, diff }: { locale: Locale; economies: EconomyRow[]; chosen: string[]; diff: string }) {
  const t = await getTranslations("regulations");
  const collator = new Intl.Collator(locale);
  const groups = REGION_CODES.map((region) => ({
    region,
    items: economies
      .filter((e) => e.regionCode === region)
      .map((e) => ({ iso3: e.iso3, name: countryName(e.iso3, locale) }))
      .sort((a, b) => collator.compare(a.name, b.name)),
  }));
  return (
    <details className="regulation-picker" open={chosen.length < 2}>
      <summary>{t("compare.pickLabel")}</summary>
      <form method="get" action={getPathname({ href: "/regulations/compare", locale })}>
        <p className="card__note">{t("compare.pickHelp")}</p>
        {diff !== "all" ? <input type="hidden" name="diff" value={diff} /> : null}
        <div className="regulation-picker__groups">
          {groups.map(({ region, items }) => (
            <fieldset key={region}>
              <legend>{t(`pillar.regions.${regionSlugOf(region)}`)}</legend>
              <ul>
                {items.map((e) => (
                  <li key={e.iso3}>
                    <label>
                      <input type="checkbox" name="economies" value={e.iso3} defaultChecked={chosen.includes(e.iso3)} /> {e.name}
                    </label>
                  </li>
                ))}
              </ul>
            </fieldset>
          ))}
        </div>
        <button type="submit" className="button">
          {t("compare.submit")}
        </button>
      </form>
    </details>
  );
}
