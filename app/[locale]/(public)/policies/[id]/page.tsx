import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { PolicyFacts } from "@/components/policies/policy-facts";
import { CitationList } from "@/components/ui/citation-list";
import { VerificationNote } from "@/components/ui/verification-note";
import { isFromPublicSources } from "@/lib/core/sources/citation";
import { RelatedPolicies } from "@/components/policies/related-policies";
import { Link } from "@/i18n/navigation";
import { pageLocale } from "@/i18n/page-locale";
import { localizedName } from "@/lib/core/i18n/localized";
import { getPolicyVocabularies, getPublishedPolicy, getRelatedPolicies } from "@/lib/public-data";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; id: string }> };

/** Only published policies have a public page: a draft, an archived or an unknown id is a 404. */
async function loadPolicy(props: Props) {
  const { id } = await props.params;
  if (!/^[1-9]\d{0,9}$/.test(id) || Number(id) > 2_147_483_647) notFound();
  const policy = await getPublishedPolicy(Number(id));
  if (!policy) notFound();
  return policy;
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  await pageLocale(props);
  const policy = await loadPolicy(props);
  return { title: policy.nameEn };
}

export default async function PolicyPage(props: Props) {
  await pageLocale(props);
  const [t, locale, policy, vocabularies] = await Promise.all([
    getTranslations("policies"),
    getLocale(),
    loadPolicy(props),
    getPolicyVocabularies(),
  ]);
  const related = await getRelatedPolicies(policy.id);
  const country = localizedName(policy.country, locale);
  const iso3 = policy.country.iso3.toLowerCase();

  return (
    <article className="policy-detail">
      <header className="view-header">
        <p className="breadcrumb">
          <Link href="/policies">{t("detail.back")}</Link> › <Link href={`/policies/country/${iso3}`}>{country}</Link>
        </p>
        <h1>{policy.nameEn}</h1>
        <p className="policy-detail__verification">
          <VerificationNote fact={policy} fromPublicSources={isFromPublicSources(policy.sources.map(({ source }) => source))} />
        </p>
        {policy.nameOriginal !== policy.nameEn ? (
          <p className="policy-detail__original">
            {t("detail.originalName")}: {policy.nameOriginal}
          </p>
        ) : null}
        {policy.country.isFealacMember ? null : (
          <p className="policy-note" role="note">
            <strong>{t("nonMemberTitle")}</strong> — {t("detail.nonMember", { country })}
          </p>
        )}
      </header>

      <section className="card" aria-labelledby="description-heading">
        <h2 id="description-heading">{t("detail.description")}</h2>
        <p className="policy-detail__description">{policy.description}</p>
      </section>

      <section className="card" aria-labelledby="facts-heading">
        <h2 id="facts-heading">{t("detail.facts")}</h2>
        <PolicyFacts policy={policy} />
      </section>

      <div className="card-grid">
        <section className="card" aria-labelledby="results-heading">
          <h2 id="results-heading">{t("detail.results")}</h2>
          {policy.results.length === 0 ? (
            <p className="muted">{t("detail.resultsNone")}</p>
          ) : (
            <ul className="policy-quotes">
              {policy.results.map((result, i) => (
                <li key={i}>
                  <q>{result.text}</q> {result.year === null ? <span className="muted">{t("detail.resultNoYear")}</span> : t("detail.resultYear", { year: result.year })}
                </li>
              ))}
            </ul>
          )}
        </section>

        <section className="card" aria-labelledby="sources-heading">
          <h2 id="sources-heading">{t("detail.sources")}</h2>
          <CitationList citations={policy.sources.map(({ source }) => source)} className="policy-sources" />
        </section>
      </div>

      {policy.notes ? (
        <section className="card" aria-labelledby="notes-heading">
          <h2 id="notes-heading">{t("detail.notes")}</h2>
          <p>{policy.notes}</p>
        </section>
      ) : null}

      <section className="card" aria-labelledby="related-heading">
        <h2 id="related-heading">{t("detail.related")}</h2>
        <p className="card__note">{t("detail.relatedIntro")}</p>
        <RelatedPolicies rows={related} instrumentTypes={vocabularies.instrumentTypes} targetGroups={vocabularies.targetGroups} />
      </section>

      <p className="policy-detail__links">
        <Link href={`/policies/country/${iso3}`}>{t("detail.countryMeasures", { country })}</Link>
        {policy.country.isFealacMember ? (
          <>
            {" · "}
            <Link href={`/policies/gaps?economy=${iso3}`}>{t("detail.benchmark", { country })}</Link>
          </>
        ) : null}
      </p>
    </article>
  );
}
