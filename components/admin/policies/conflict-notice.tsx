"use client";

import { useTranslations } from "next-intl";
import { changedFields } from "@/lib/core/diff";
import { FieldDiffTable, showValue } from "./field-diff-table";

/** Another editor saved first: what they changed, beside what this editor has typed (kept in the form). */
export function ConflictNotice({ current, mine, onOverride }: { current: Record<string, unknown>; mine: Record<string, unknown>; onOverride: () => void }) {
  const t = useTranslations("admin.policies");
  const normalised = { ...mine, launchYear: Number(mine.launchYear) || null, endYear: Number(mine.endYear) || null };
  const fields = changedFields(Object.fromEntries(Object.keys(normalised).map((k) => [k, current[k]])), normalised);
  return (
    <div className="form__error" role="alert">
      <p>{t("conflict", { version: showValue(current.version) })}</p>
      <FieldDiffTable fields={fields} left={current} right={normalised} leftHeading={t("theirs")} rightHeading={t("yours")} />
      <button type="button" className="button button--small button--secondary" onClick={onOverride}>
        {t("override")}
      </button>
    </div>
  );
}
