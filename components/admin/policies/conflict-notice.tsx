"use client";

import { useTranslations } from "next-intl";
import { changedFields } from "@/lib/policies/snapshot";

const show = (value: unknown) => (value === null || value === undefined || value === "" ? "—" : typeof value === "object" ? JSON.stringify(value) : String(value));

/** Another editor saved first: what they changed, beside what this editor has typed (kept in the form). */
export function ConflictNotice({ current, mine, onOverride }: { current: Record<string, unknown>; mine: Record<string, unknown>; onOverride: () => void }) {
  const t = useTranslations("admin.policies");
  const normalised = { ...mine, launchYear: Number(mine.launchYear) || null, endYear: Number(mine.endYear) || null };
  const fields = changedFields(Object.fromEntries(Object.keys(normalised).map((k) => [k, current[k]])), normalised);
  return (
    <div className="form__error" role="alert">
      <p>{t("conflict", { version: show(current.version) })}</p>
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{t("field")}</th>
            <th scope="col">{t("theirs")}</th>
            <th scope="col">{t("yours")}</th>
          </tr>
        </thead>
        <tbody>
          {fields.map((f) => (
            <tr key={f}>
              <th scope="row">{f}</th>
              <td>{show(current[f])}</td>
              <td>{show(normalised[f as keyof typeof normalised])}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" className="button button--small button--secondary" onClick={onOverride}>
        {t("override")}
      </button>
    </div>
  );
}
