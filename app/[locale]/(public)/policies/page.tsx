import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PolicyCoverageSummary } from "@/components/policies/coverage-summary";
import { PolicySearchForm, type FacetGroup } from "@/components/policies/policy-search-form";
import { PolicyResults } from "@/components/policies/policy-results";
import { PolicyViewsNav } from "@/components/policies/policy-views-nav";
import { getPathname, redirect } from "@/i18n/navigation";
import { pageLocale, type LocaleParams } from "@/i18n/page-locale";
import { csvHref } from "@/lib/core/cards/href";
import { localizedName } from "@/lib/core/i18n/localized";
import { isCanonical, type SearchParams } from "@/lib/core/url-state";
import { policySearchView } from "@/lib/policies/cards/search";
import { type FacetCount } from "@/lib/policies/queries/search";
import type { PolicyVocabularies } from "@/lib/policies/queries/vocabularies";
import { FIXED_FACETS, PAGE_SIZE, policySearchQuery, type Facet, type FixedFacet, type PolicySearchState } from "@/lib/policies/view-state/search";
import { getFacetCounts, resolvePolicySearch, searchPolicies } from "@/lib/public-data";
import { ClientMessages } from "@/components/shell/client-messages";

export const dynamic = "force-dynamic";

type Props = LocaleParams & { searchParams: Promise<SearchParams> };

const PATH = "/policies";

type ValueKey = { [F in FixedFacet]: `values.${F}.${(typeof FIXED_FACETS)[F][number]}` }[FixedFacet];

export async function generateMetadata(props: Props): Promise<Metadata> {
  const locale = await pageLocale(props);
  const t = await getTranslations({ locale, namespace: "policies" });
  return { title: t("title") };
}

/**
 * Each facet's values with their counts. Vocabulary and fixed values are all
 * listed (a zero is information); economies only where they have policies
 * given the other filters, or are chosen, since most have none yet.
 */
async function facetGroups(
  counts: FacetCount[],
  vocabularies: PolicyVocabularies,
  state: PolicySearchState,
  locale: string,
): Promise<FacetGroup[]> {
  const t = await getTranslations("policies");
  const countOf = (facet: Facet, value: string) => counts.find((c) => c.facet === facet && c.value === value)?.count ?? 0;
  const collator = new Intl.Collator(locale);
  const economies = vocabularies.economies
    .map((e) => ({ value: e.iso3.toLowerCase(), label: localizedName(e, locale), count: countOf("economy", e.iso3.toLowerCase()) }))
    .filter((o) => o.count > 0 || state.economy.includes(o.value))
    .sort((a, b) => collator.compare(a.label, b.label));
  const terms = (facet: "instrument" | "target", list: PolicyVocabularies["instrumentTypes"]) =>
    list.map((term) => ({ value: term.slug, label: localizedName(term, locale), count: countOf(facet, term.slug) }));
  const fixed = (facet: FixedFacet) =>
    FIXED_FACETS[facet].map((value) => ({ value, label: t(`values.${facet}.${value}` as ValueKey), count: countOf(facet, value) }));
  return [
    { facet: "economy", options: economies },
    { facet: "region", options: fixed("region") },
    { facet: "instrument", options: terms("instrument", vocabularies.instrumentTypes) },
    { facet: "target", options: terms("target", vocabularies.targetGroups) },
    { facet: "sector", options: fixed("sector") },
    { facet: "market", options: fixed("market") },
    { facet: "status", options: fixed("status") },
    { facet: "pandemic", options: fixed("pandemic") },
  ];
}

export default async function PoliciesPage(props: Props) {
  const locale = await pageLocale(props);
  const raw = await props.searchParams;
  const [t, { vocabularies, choices, spec, state }] = await Promise.all([getTranslations("policies"), resolvePolicySearch(raw, locale)]);
  const canonical = policySearchQuery(spec, state);
  // Whatever a form or an old link sent, the address shows only what differs from the default view.
  if (!isCanonical(raw, canonical)) redirect({ href: `${PATH}${canonical}`, locale });

  const [result, counts] = await Promise.all([searchPolicies(state, { page: state.page, locale }), getFacetCounts(state)]);
  // A page past the end (an old link after policies were withdrawn) falls back to the first one.
  if (state.page > 1 && state.page > Math.ceil(result.total / PAGE_SIZE)) {
    redirect({ href: `${PATH}${policySearchQuery(spec, state, { page: 1 })}`, locale });
  }

  const years = [
    ...new Set([
      ...counts.filter((c) => c.facet === "year" && c.value !== "unknown").map((c) => Number(c.value)),
      ...[state.from, state.to].filter((y): y is number => y !== null),
    ]),
  ].sort((a, b) => a - b);
  // The CSV holds every page of the results, so its link leaves the page out.
  const csv = csvHref(policySearchView, "results", policySearchQuery(spec, { ...state, page: 1 }), locale);
  const unknownYears = counts.find((c) => c.facet === "year" && c.value === "unknown")?.count ?? 0;

  return (
    <ClientMessages namespaces={["policies"]}>
      <>
        <header className="view-header">
          <h1>{t("title")}</h1>
          <p className="view-header__lead">{t("lead")}</p>
          <PolicyViewsNav current="search" />
        </header>
        <PolicyCoverageSummary />

        <PolicySearchForm
          action={getPathname({ href: PATH, locale })}
          state={state}
          choices={choices}
          facets={await facetGroups(counts, vocabularies, state, locale)}
          years={years}
          unknownYears={unknownYears}
        >
          <PolicyResults
            result={result}
            page={state.page}
            instrumentTypes={vocabularies.instrumentTypes}
            pageHref={(page) => `${PATH}${policySearchQuery(spec, state, { page })}`}
            csvHref={csv}
          />
        </PolicySearchForm>
      </>
    </ClientMessages>
  );
}
