import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { DownloadLink } from "@/components/ui/download-link";
import { RegulationSearchResults } from "@/components/regulations/search-results";
import { RegulationViewsNav } from "@/components/regulations/views-nav";
import { Link, getPathname, redirect } from "@/i18n/navigation";
import { pageLocale, type LocaleParams } from "@/i18n/page-locale";
import { countryName } from "@/lib/core/i18n/country-names";
import { searchCsv } from "@/lib/regulations/cards/search";
import { localizedName } from "@/lib/core/i18n/localized";
import { isCanonical } from "@/lib/core/url-state";
import { STATUS_KEYS, STATUS_OF_KEY } from "@/lib/regulations/method";
import { SEARCH_PAGE_SIZE, searchQuery } from "@/lib/regulations/view-state";
import { type SearchParams } from "@/lib/core/url-state";
import { resolveSearchView, searchEntries } from "@/lib/public-data";

export const dynamic = "force-dynamic";

type Props = LocaleParams & { searchParams: Promise<SearchParams> };

const PATH = "/regulations/search";

export async function generateMetadata(props: Props): Promise<Metadata> {
  const locale = await pageLocale(props);
  const t = await getTranslations({ locale, namespace: "regulations" });
  return { title: t("search.title") };
}

export default async function RegulationSearchPage(props: Props) {
  const locale = await pageLocale(props);
  const raw = await props.searchParams;
  const [t, ctx] = await Promise.all([getTranslations("regulations"), resolveSearchView({ search: raw, locale })]);
  const { economies, pillars, choices, state } = ctx;
  const canonical = searchQuery(choices, state);
  if (!isCanonical(raw, canonical)) redirect({ href: `${PATH}${canonical}`, locale });

  const result = await searchEntries(state, { page: state.page, locale });
  const pages = Math.max(1, Math.ceil(result.total / SEARCH_PAGE_SIZE));
  if (state.page > pages) redirect({ href: `${PATH}${searchQuery(choices, { ...state, page: 1 })}`, locale });
  const collator = new Intl.Collator(locale);
  const economyOptions = economies.map((e) => ({ iso3: e.iso3, name: countryName(e.iso3, locale) })).sort((a, b) => collator.compare(a.name, b.name));
  const csv = searchCsv(ctx, "entries");

  return (
    <>
      <header className="view-header">
        <p className="breadcrumb">
          <Link href="/regulations">{t("title")}</Link>
        </p>
        <h1>{t("search.title")}</h1>
        <p className="view-header__lead">{t("search.lead")}</p>
        <RegulationViewsNav current="search" />
      </header>

      <form className="regulation-search" role="search" method="get" action={getPathname({ href: PATH, locale })}>
        <div className="policy-search">
          <label className="policy-search__label" htmlFor="regulation-q">
            {t("searchBox.label")}
          </label>
          <div className="policy-search__row">
            <input id="regulation-q" name="q" type="search" defaultValue={state.q} maxLength={200} aria-describedby="regulation-q-help" />
            <button type="submit" className="button">
              {t("search.apply")}
            </button>
          </div>
          <p className="policy-search__help" id="regulation-q-help">
            {t("searchBox.help")}
          </p>
        </div>
        <details className="policy-filters regulation-filters" open={state.economy.length + state.pillar.length + state.status.length > 0}>
          <summary>
            <h2>{t("search.filtersHeading")}</h2>
          </summary>
          <div className="regulation-filters__groups">
            <fieldset className="policy-facet">
              <legend>{t("economyLabel")}</legend>
              <ul className="regulation-filters__economies">
                {economyOptions.map((e) => (
                  <li key={e.iso3}>
                    <input type="checkbox" id={`economy-${e.iso3}`} name="economy" value={e.iso3} defaultChecked={state.economy.includes(e.iso3)} />
                    <label htmlFor={`economy-${e.iso3}`}>{e.name}</label>
                  </li>
                ))}
              </ul>
            </fieldset>
            <fieldset className="policy-facet">
              <legend>{t("pillarLabel")}</legend>
              <ul>
                {pillars.map((p) => (
                  <li key={p.code}>
                    <input type="checkbox" id={`pillar-${p.code}`} name="pillar" value={p.code} defaultChecked={state.pillar.includes(p.code)} />
                    <label htmlFor={`pillar-${p.code}`}>
                      {p.code} — {localizedName(p, locale)}
                    </label>
                  </li>
                ))}
              </ul>
            </fieldset>
            <fieldset className="policy-facet">
              <legend>{t("search.statusLabel")}</legend>
              <ul>
                {STATUS_KEYS.map((key) => (
                  <li key={key}>
                    <input type="checkbox" id={`status-${key}`} name="status" value={key} defaultChecked={state.status.includes(key)} />
                    <label htmlFor={`status-${key}`}>{t(`status.${STATUS_OF_KEY[key]}`)}</label>
                  </li>
                ))}
              </ul>
            </fieldset>
          </div>
          <p className="policy-filters__actions">
            <button type="submit" className="button">
              {t("search.apply")}
            </button>
            <Link href={PATH}>{t("search.clear")}</Link>
          </p>
        </details>
      </form>

      <section className="policy-results" aria-labelledby="results-heading">
        <h2 id="results-heading">{t("search.resultsHeading")}</h2>
        <p className="policy-results__count" role="status">
          {t("search.count", { count: result.total })}
        </p>
        <RegulationSearchResults rows={result.rows} locale={locale} />
        {pages > 1 ? (
          <nav className="regulation-pager" aria-label={t("search.pageStatus", { page: state.page, pages })}>
            {state.page > 1 ? <Link href={`${PATH}${searchQuery(choices, { ...state, page: state.page - 1 })}`}>{t("search.previous")}</Link> : <span />}
            <span>{t("search.pageStatus", { page: state.page, pages })}</span>
            {state.page < pages ? <Link href={`${PATH}${searchQuery(choices, { ...state, page: state.page + 1 })}`}>{t("search.next")}</Link> : <span />}
          </nav>
        ) : null}
        <DownloadLink href={csv} />
      </section>
    </>
  );
}
