import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { PolicyViewsNav } from "@/components/policies/policy-views-nav";
import { Link } from "@/i18n/navigation";
import { pageLocale } from "@/i18n/page-locale";
import { countCountryPolicies, getCountryMeasures, getPolicyEconomy, type CountryMeasureRow } from "@/lib/policies/queries/country";
import { getPolicyVocabularies } from "@/lib/policies/queries/vocabularies";
import { localizedName } from "@/lib/core/i18n/localized";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; iso3: string }> };

async function loadEconomy(props: Props) {
  const { iso3 } = await props.params;
  const economy = /^[a-z]{3}$/i.test(iso3) ? await getPolicyEconomy(iso3.toUpperCase()) : null;
  if (!economy) notFound();
  return economy;
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const locale = await pageLocale(props);
  const [t, economy] = await Promise.all([getTranslations({ locale, namespace: "policies" }), loadEconomy(props)]);
  return { title: t("country.title", { country: localizedName(economy, locale) }) };
}

/** Rows grouped by instrument type, in vocabulary order (the query's order). */
function byInstrument(rows: CountryMeasureRow[]): Array<[string | null, CountryMeasureRow[]]> {
  const groups = new Map<string | null, CountryMeasureRow[]>();
  for (const row of rows) groups.set(row.instrumentType, [...(groups.get(row.instrumentType) ?? []), row]);
  return [...groups];
}

export default async function CountryPoliciesPage(props: Props) {
  await pageLocale(props);
  const [t, locale, economy] = await Promise.all([getTranslations("policies"), getLocale(), loadEconomy(props)]);
  const [rows, count, vocabularies] = await Promise.all([getCountryMeasures(economy.iso3), countCountryPolicies(economy.iso3), getPolicyVocabularies()]);
  const country = localizedName(economy, locale);
  const iso3 = economy.iso3.toLowerCase();
  const termName = new Map(vocabularies.instrumentTypes.map((term) => [term.slug, localizedName(term, locale)]));

  return (
    <>
      <header className="view-header">
        <p className="breadcrumb">
          <Link href="/policies">{t("title")}</Link>
          {economy.region ? <> › {localizedName(economy.region, locale)}</> : null}
        </p>
        <h1>{t("country.title", { country })}</h1>
        <p className="view-header__lead">{t("country.lead", { count, country })}</p>
        {economy.isFealacMember ? null : (
          <p className="policy-note" role="note">
            <strong>{t("nonMemberTitle")}</strong> — {t("country.nonMember", { country })}
          </p>
        )}
        <p className="policy-detail__links">
          {count > 0 ? <Link href={`/policies?economy=${iso3}`}>{t("country.search")}</Link> : null}
          {count > 0 && economy.isFealacMember ? " · " : null}
          {economy.isFealacMember ? <Link href={`/policies/gaps?economy=${iso3}`}>{t("country.gaps", { country })}</Link> : null}
        </p>
        <PolicyViewsNav current={null} />
      </header>

      {count === 0 ? <p className="empty">{t("country.honest")}</p> : <p className="card__note">{t("country.several")}</p>}

      {byInstrument(rows).map(([slug, measures]) => {
        const id = `instrument-${slug ?? "none"}`;
        return (
          <section key={slug ?? "none"} className="card" aria-labelledby={id}>
            <h2 id={id}>
              {slug === null ? t("country.noInstrument") : (termName.get(slug) ?? slug)} <span className="muted">({measures.length})</span>
            </h2>
            <ul className="country-measures">
              {measures.map((m) => (
                <li key={m.id}>
                  <Link href={`/policies/${m.id}`}>{m.nameEn}</Link>
                  <span className="muted">
                    {" "}
                    — {m.launchYear === null ? t("country.launchUnknown") : t("country.launched", { year: m.launchYear })}
                  </span>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}
