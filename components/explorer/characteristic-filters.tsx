"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "@/i18n/navigation";
import {
  FILTER_KEYS,
  MODEL_FILTERS,
  SECTOR_FILTERS,
  countryViewQuery,
  countryViewSpec,
  type CountryView,
} from "@/lib/explorer/view-state/country";

const TRI = ["any", "yes", "no"] as const;
const OPTIONS = { sector: SECTOR_FILTERS, model: MODEL_FILTERS, transactional: TRI, foreign: TRI, logistics: TRI, payments: TRI };

/**
 * Filters on marketplace characteristics. Works as a plain GET form; with
 * JavaScript, a change navigates at once to the minimal URL for the new state.
 */
export function CharacteristicFilters({ path, state, defaultYear }: { path: string; state: CountryView; defaultYear: number }) {
  const t = useTranslations("explorer");
  const router = useRouter();
  const spec = countryViewSpec(defaultYear);

  function onChange(event: React.ChangeEvent<HTMLFormElement>) {
    const form = new FormData(event.currentTarget);
    const change = Object.fromEntries(FILTER_KEYS.map((key) => [key, form.get(key)])) as Partial<CountryView>;
    router.push(`${path}${countryViewQuery(spec, state, change)}`, { scroll: false });
  }

  return (
    <form method="get" className="filters" onChange={onChange} onSubmit={(e) => { e.preventDefault(); onChange(e as unknown as React.ChangeEvent<HTMLFormElement>); }}>
      {(["granularity", "year", "display"] as const).map((key) => (
        <input key={key} type="hidden" name={key} value={String(state[key])} />
      ))}
      {FILTER_KEYS.map((key) => (
        <label key={key} className="filters__field">
          <span>{t(`filters.${key}`)}</span>
          <select name={key} defaultValue={state[key]}>
            {OPTIONS[key].map((value) => (
              <option key={value} value={value}>
                {t(`filterValues.${value}`)}
              </option>
            ))}
          </select>
        </label>
      ))}
      <noscript>
        <button type="submit" className="button">{t("applyFilters")}</button>
      </noscript>
    </form>
  );
}
