import { getTranslations } from "next-intl/server";
import { DATASETS } from "@/lib/downloads/datasets";
import { REGION_CODES } from "@/lib/core/regions";
import { BUSINESS_MODELS, CATEGORIES, SECTORS, type Selection } from "@/lib/downloads/filters";
import type { Dataset } from "@/lib/downloads/types";

export interface CountryChoice {
  iso3: string;
  name: string;
}

/** A GET form: choosing a dataset, shape and filters puts them in the address. */
export async function DownloadsForm({ action, dataset, selection, countries }: { action: string; dataset: Dataset; selection: Selection; countries: CountryChoice[] }) {
  const t = await getTranslations("downloads");
  const has = (name: string) => (dataset.filterNames as readonly string[]).includes(name);
  const chosen = new Set(selection.countries ?? []);
  const select = (name: "region" | "category" | "business_model" | "sector" | "transactional", values: readonly string[]) => (
    <p className="downloads-field">
      <label htmlFor={`dl-${name}`}>{t(`filters.${name}`)}</label>
      <select id={`dl-${name}`} name={name} defaultValue={selection[name] ?? ""}>
        <option value="">{t("filters.any")}</option>
        {values.map((v) => (
          <option key={v} value={v}>
            {t(`values.${name}.${v}` as Parameters<typeof t>[0])}
          </option>
        ))}
      </select>
    </p>
  );
  return (
    <form className="downloads-form" method="get" action={action}>
      <p className="downloads-field downloads-field--wide">
        <label htmlFor="dl-dataset">{t("filters.dataset")}</label>
        <select id="dl-dataset" name="dataset" defaultValue={dataset.id}>
          {DATASETS.map((d) => (
            <option key={d.id} value={d.id}>
              {t(`datasets.${d.id}.title` as Parameters<typeof t>[0])}
            </option>
          ))}
        </select>
        <span className="downloads-help">{t(`datasets.${dataset.id}.description` as Parameters<typeof t>[0])}</span>
      </p>
      {has("shape") ? (
        <fieldset className="downloads-field downloads-shape">
          <legend>{t("filters.shape")}</legend>
          {(["time-series", "cross-section"] as const).map((shape) => (
            <label key={shape}>
              <input type="radio" name="shape" value={shape} defaultChecked={(selection.shape ?? "time-series") === shape} /> {t(`shapes.${shape}`)}
            </label>
          ))}
        </fieldset>
      ) : null}
      {has("from") ? (
        <div className="downloads-periods">
          <p className="downloads-field">
            <label htmlFor="dl-from">{t("filters.from")}</label>
            <input id="dl-from" name="from" defaultValue={selection.from ?? ""} pattern="\d{4}(-\d{2})?" placeholder={t("filters.periodPlaceholder")} inputMode="numeric" />
          </p>
          <p className="downloads-field">
            <label htmlFor="dl-to">{t("filters.to")}</label>
            <input id="dl-to" name="to" defaultValue={selection.to ?? ""} pattern="\d{4}(-\d{2})?" placeholder={t("filters.periodPlaceholder")} inputMode="numeric" />
          </p>
          <p className="downloads-field downloads-field--wide">
            <label htmlFor="dl-period">{t("filters.period")}</label>
            <input id="dl-period" name="period" defaultValue={selection.period ?? ""} pattern="\d{4}(-\d{2})?" placeholder={t("filters.periodPlaceholder")} inputMode="numeric" />
          </p>
          <p className="downloads-help downloads-field--wide">{t("filters.periodHelp")}</p>
        </div>
      ) : null}
      {select("region", REGION_CODES)}
      {has("countries") ? (
        <fieldset className="downloads-field downloads-field--wide downloads-countries">
          <legend>{t("filters.countries")}</legend>
          <ul>
            {countries.map((c) => (
              <li key={c.iso3}>
                <label>
                  <input type="checkbox" name="countries" value={c.iso3} defaultChecked={chosen.has(c.iso3)} /> {c.name}
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      ) : null}
      {has("marketplaces") ? (
        <p className="downloads-field downloads-field--wide">
          <label htmlFor="dl-marketplaces">{t("filters.marketplaces")}</label>
          <input id="dl-marketplaces" name="marketplaces" defaultValue={(selection.marketplaces ?? []).join(",")} />
          <span className="downloads-help">{t("filters.marketplacesHelp")}</span>
        </p>
      ) : null}
      {has("category") ? select("category", CATEGORIES) : null}
      {has("business_model") ? select("business_model", BUSINESS_MODELS) : null}
      {has("sector") ? select("sector", SECTORS) : null}
      {has("transactional") ? select("transactional", ["true", "false"]) : null}
      <p className="downloads-actions downloads-field--wide">
        <button type="submit" className="button">{t("filters.apply")}</button>
      </p>
    </form>
  );
}
