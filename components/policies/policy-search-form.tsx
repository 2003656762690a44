"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState, type ReactNode } from "react";
import { Link, useRouter } from "@/i18n/navigation";
import {
  FACETS,
  MAX_QUERY_LENGTH,
  parsePolicySearch,
  policySearchQuery,
  type Facet,
  type PolicyChoices,
  type PolicySearchState,
} from "@/lib/policies/view-state/search";

export interface FacetOption {
  value: string;
  label: string;
  /** Policies this value would give, with the other filters kept. */
  count: number;
}

export interface FacetGroup {
  facet: Facet;
  options: FacetOption[];
}

const FORM_ID = "policy-search";
const PATH = "/policies";
/** The width below which the filters sit above the results (as in globals.css). */
const NARROW = "(max-width: 48rem)";

/**
 * The search box and the facets: one GET form, so that it works without
 * JavaScript (the page then redirects to the canonical URL). With JavaScript,
 * ticking a box or choosing a year applies at once, and the address holds
 * only what differs from the default view. Inputs are controlled so that a
 * box keeps its focus while the results change under it.
 */
export function PolicySearchForm({
  action,
  state,
  choices,
  facets,
  years,
  unknownYears,
  children,
}: {
  /** The page's path with its locale, for the form without JavaScript. */
  action: string;
  state: PolicySearchState;
  choices: PolicyChoices;
  facets: FacetGroup[];
  /** Launch years the year range may start or end at. */
  years: number[];
  /** Policies (given the other filters) whose launch year is unknown. */
  unknownYears: number;
  /** The results, shown beside the filters. */
  children: ReactNode;
}) {
  const t = useTranslations("policies");
  const router = useRouter();
  const { spec } = parsePolicySearch({}, choices);
  const query = policySearchQuery(spec, state);
  const [shown, setShown] = useState(query);
  const [draft, setDraft] = useState(state);
  // A new state from the server (a link, Back, "clear") replaces what the form holds.
  if (shown !== query) {
    setShown(query);
    setDraft(state);
  }

  // On a narrow screen the filters start folded, so that the results show first;
  // without JavaScript (and on wider screens) they stay open.
  const filters = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    if (filters.current && window.matchMedia(NARROW).matches) filters.current.open = false;
  }, []);
  const active = FACETS.reduce((n, facet) => n + state[facet].length, 0) + (state.from !== null ? 1 : 0) + (state.to !== null ? 1 : 0);

  function go(next: PolicySearchState) {
    setDraft(next);
    router.push(`${PATH}${policySearchQuery(spec, { ...next, page: 1 })}`, { scroll: false });
  }

  function toggle(facet: Facet, value: string, on: boolean) {
    const list = draft[facet].filter((v) => v !== value);
    go({ ...draft, [facet]: on ? [...list, value] : list });
  }

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const { state: next } = parsePolicySearch({ q: draft.q }, choices);
    go({ ...draft, q: next.q });
  }

  const year = (raw: string) => (raw === "" ? null : Number(raw));

  return (
    <>
      <form id={FORM_ID} method="get" action={action} role="search" className="policy-search" onSubmit={onSubmit}>
        <label htmlFor="policy-q" className="policy-search__label">
          {t("search.label")}
        </label>
        <div className="policy-search__row">
          <input
            id="policy-q"
            type="search"
            name="q"
            value={draft.q}
            maxLength={MAX_QUERY_LENGTH}
            onChange={(e) => setDraft({ ...draft, q: e.target.value })}
            aria-describedby="policy-q-help"
          />
          <button type="submit" className="button">
            {t("search.submit")}
          </button>
        </div>
        <p id="policy-q-help" className="policy-search__help">
          {t("search.help")}
        </p>
      </form>

      <div className="policy-layout">
        <details ref={filters} className="policy-filters" open>
          <summary>
            <h2 id="policy-filters-heading">{t("search.heading")}</h2>
            {active > 0 ? <span className="policy-filters__active">{t("search.filtersActive", { count: active })}</span> : null}
          </summary>
          <p className="policy-filters__hint">{t("search.countHint")}</p>
          {FACETS.map((facet) => {
            const group = facets.find((g) => g.facet === facet);
            if (!group || group.options.length === 0) return null;
            return (
              <fieldset key={facet} className="policy-facet">
                <legend>{t(`facets.${facet}`)}</legend>
                <ul>
                  {group.options.map((option) => {
                    const id = `facet-${facet}-${option.value}`;
                    const checked = draft[facet].includes(option.value);
                    return (
                      <li key={option.value} className={option.count === 0 && !checked ? "policy-facet__none" : undefined}>
                        <input
                          id={id}
                          type="checkbox"
                          form={FORM_ID}
                          name={facet}
                          value={option.value}
                          checked={checked}
                          onChange={(e) => toggle(facet, option.value, e.target.checked)}
                        />
                        <label htmlFor={id}>
                          {option.label} <span className="policy-facet__count">({option.count})</span>
                        </label>
                      </li>
                    );
                  })}
                </ul>
              </fieldset>
            );
          })}

          <fieldset className="policy-facet">
            <legend>{t("search.yearLabel")}</legend>
            <div className="policy-facet__years">
              {(["from", "to"] as const).map((bound) => (
                <label key={bound} className="policy-facet__year">
                  <span>{t(bound === "from" ? "search.fromYear" : "search.toYear")}</span>
                  <select
                    form={FORM_ID}
                    name={bound}
                    value={draft[bound] === null ? "" : String(draft[bound])}
                    onChange={(e) => go({ ...draft, [bound]: year(e.target.value) })}
                  >
                    <option value="">{t("search.anyYear")}</option>
                    {years.map((y) => (
                      <option key={y} value={y}>
                        {y}
                      </option>
                    ))}
                  </select>
                </label>
              ))}
            </div>
            {unknownYears > 0 ? <p className="policy-filters__hint">{t("search.unknownYears", { count: unknownYears })}</p> : null}
          </fieldset>

          <p className="policy-filters__actions">
            <button type="submit" form={FORM_ID} className="button button--secondary">
              {t("search.apply")}
            </button>
            <Link href={PATH}>{t("search.clear")}</Link>
          </p>
        </details>

        <div className="policy-layout__results">{children}</div>
      </div>
    </>
  );
}
