import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PolicyViewsNav } from "@/components/policies/policy-views-nav";
import { DataTable } from "@/components/ui/data-table";
import { DownloadLink } from "@/components/ui/download-link";
import { VerificationNote } from "@/components/ui/verification-note";
import { Link } from "@/i18n/navigation";
import { pageLocale } from "@/i18n/page-locale";
import { csvHref } from "@/lib/core/cards/href";
import { localizedName } from "@/lib/core/i18n/localized";
import { isFromPublicSources } from "@/lib/core/sources/citation";
import { policyCountryCards, policyCountryView } from "@/lib/policies/cards/country";
import { countCountryPolicies, resolvePolicyCountry } from "@/lib/public-data";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; iso3: string }> };

async function loadCountry(props: Props) {
  const [locale, { iso3 }] = await Promise.all([pageLocale(props), props.params]);
  const ctx = await resolvePolicyCountry({ params: { iso3 }, locale });
  if (!ctx) notFound();
  return ctx;
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const locale = await pageLocale(props);
  const [t, { country }] = await Promise.all([getTranslations({ locale, namespace: "policies" }), loadCountry(props)]);
  return { title: t("country.title", { country }) };
}

export default async function CountryPoliciesPage(props: Props) {
  const locale = await pageLocale(props);
  const ctx = await loadCountry(props);
  const { economy, country } = ctx;
  const [t, tb, rows, count] = await Promise.all([getTranslations("policies"), getTranslations("brief"), policyCountryCards.measures.load(ctx), countCountryPolicies(economy.iso3)]);
  const iso3 = economy.iso3.toLowerCase();
  const csv = csvHref(policyCountryView, "measures", "", locale, { iso3 });

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
          {economy.isFealacMember ? (
            <>
              {" · "}
              <Link href={`/brief/${iso3}`}>{tb("link")}</Link>
            </>
          ) : null}
        </p>
        <PolicyViewsNav current={null} />
      </header>

      {count === 0 ? <p className="empty">{t("country.honest")}</p> : <p className="card__note">{t("country.several")}</p>}

      {count === 0 ? null : (
        <section className="card" aria-labelledby="measures-heading">
          <h2 id="measures-heading">{t("country.measuresHeading")}</h2>
          <DataTable
            card={policyCountryCards.measures}
            rows={rows}
            caption={t("country.measuresCaption", { country })}
            csv={csv}
            extra={[{ key: "verification", header: t("country.columnVerification"), cell: (r) => <VerificationNote fact={r} compact fromPublicSources={isFromPublicSources(r.sources)} /> }]}
          />
          <DownloadLink href={csv} />
        </section>
      )}
    </>
  );
}
