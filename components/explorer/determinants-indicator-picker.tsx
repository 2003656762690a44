"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "@/i18n/navigation";

/**
 * The indicator choice. Works as a plain GET form carrying the rest of the
 * view state; with JavaScript, a change navigates at once to the minimal URL.
 */
export function DeterminantsIndicatorPicker({
  current,
  options,
  hidden,
  hrefs,
}: {
  current: string;
  options: Array<{ code: string; label: string }>;
  /** The view's other non-default parameters, carried by the form. */
  hidden: Array<[string, string]>;
  /** The minimal URL of the view for each indicator code. */
  hrefs: Record<string, string>;
}) {
  const t = useTranslations("determinants");
  const router = useRouter();

  function show(code: FormDataEntryValue | null) {
    if (typeof code === "string" && hrefs[code]) router.push(hrefs[code], { scroll: false });
  }

  return (
    <form
      method="get"
      className="determinants-picker"
      onSubmit={(event) => {
        event.preventDefault();
        show(new FormData(event.currentTarget).get("indicator"));
      }}
    >
      {hidden.map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <label className="filters__field">
        <span>{t("indicatorLabel")}</span>
        {/* Keyed by the current code so that back/forward navigation resets the choice shown. */}
        <select key={current} name="indicator" defaultValue={current} onChange={(event) => show(event.currentTarget.value)}>
          {options.map((o) => (
            <option key={o.code} value={o.code}>
              {o.label}
            </option>
          ))}
        </select>
      </label>
      <noscript>
        <button type="submit" className="button button--small">
          {t("apply")}
        </button>
      </noscript>
    </form>
  );
}
