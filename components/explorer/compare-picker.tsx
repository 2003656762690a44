import Form from "next/form";
import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { COMPARE_KINDS, MAX_COMPARE_ITEMS, type CompareKind } from "@/lib/explorer/view-state/compare";
import { seriesColor } from "./series-colors";
import { OptionLinks } from "@/components/ui/option-links";

export interface PickerItem {
  key: string;
  label: string;
  removeHref: string;
}

export interface PickerGroup {
  label: string;
  options: Array<{ key: string; label: string }>;
}

/**
 * Choosing what to compare, with or without JavaScript: the kind switch and
 * the "remove" chips are links, and "Add" is a GET form whose `add` parameter
 * the page merges into the URL state before redirecting to the canonical URL.
 */
export async function ComparePicker({
  kind,
  kindHref,
  selected,
  groups,
  action,
  hidden,
}: {
  kind: CompareKind;
  kindHref: (kind: CompareKind) => string;
  selected: PickerItem[];
  groups: PickerGroup[];
  /** The page's own path, with its locale. */
  action: string;
  /** The current state's non-default parameters, carried by the form. */
  hidden: Array<[string, string]>;
}) {
  const t = await getTranslations("compare");
  const full = selected.length >= MAX_COMPARE_ITEMS;
  return (
    <>
      <OptionLinks label={t("kindLabel")} options={COMPARE_KINDS} current={kind} href={kindHref} name={(k) => t(`kinds.${k}`)} />
      <div className="compare-chosen">
        <p className="compare-chosen__label" id="compare-chosen-label">
          {t("selectedLabel", { count: selected.length, max: MAX_COMPARE_ITEMS })}
        </p>
        {selected.length === 0 ? (
          <p className="muted">{t("noneSelected")}</p>
        ) : (
          <ul className="compare-chips" aria-labelledby="compare-chosen-label">
            {selected.map((item, i) => (
              <li key={item.key} className="compare-chip">
                <span className="compare-swatch" style={{ background: seriesColor(i) }} aria-hidden="true" />
                {item.label}
                <Link href={item.removeHref} scroll={false} className="compare-chip__remove" aria-label={t("remove", { name: item.label })}>
                  <span aria-hidden="true">×</span>
                </Link>
              </li>
            ))}
          </ul>
        )}
      </div>
      {full ? (
        <p className="card__note">{t("full", { max: MAX_COMPARE_ITEMS })}</p>
      ) : (
        <Form action={action} className="compare-add" scroll={false}>
          {hidden.map(([name, value]) => (
            <input key={name} type="hidden" name={name} value={value} />
          ))}
          <label className="filters__field">
            <span>{t(`add.${kind}`)}</span>
            <select name="add" required defaultValue="">
              <option value="" disabled>
                {t(`choose.${kind}`)}
              </option>
              {groups.map((group) => (
                <optgroup key={group.label} label={group.label}>
                  {group.options.map((option) => (
                    <option key={option.key} value={option.key}>
                      {option.label}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
          </label>
          <button type="submit" className="button">
            {t("addButton")}
          </button>
        </Form>
      )}
    </>
  );
}
