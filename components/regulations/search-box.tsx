import { getTranslations } from "next-intl/server";
import { getPathname } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";

/** The free-text search box; a plain GET form to the search view. */
export async function RegulationSearchBox({ locale, value = "" }: { locale: Locale; value?: string }) {
  const t = await getTranslations("regulations.searchBox");
  return (
    <form className="policy-search" role="search" method="get" action={getPathname({ href: "/regulations/search", locale })}>
      <label className="policy-search__label" htmlFor="regulation-q">
        {t("label")}
      </label>
      <div className="policy-search__row">
        <input id="regulation-q" name="q" type="search" defaultValue={value} maxLength={200} aria-describedby="regulation-q-help" />
        <button type="submit" className="button">
          {t("submit")}
        </button>
      </div>
      <p className="policy-search__help" id="regulation-q-help">
        {t("help")}
      </p>
    </form>
  );
}
