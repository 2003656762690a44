"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { bulkVerifyIndicatorAction } from "@/lib/regulations/server-actions";

export const BULK_FORM_ID = "bulk-verify";

/**
 * Verifies the ticked entries of one indicator in one step. The checkboxes sit
 * in the queue's rows and belong to this form through their `form` attribute.
 */
export function BulkVerifyForm({ indicatorId }: { indicatorId: number }) {
  const t = useTranslations("verifyQueue");
  const [state, action, pending] = useActionState(bulkVerifyIndicatorAction, null);
  return (
    <form id={BULK_FORM_ID} action={action} className="form form--inline">
      <input type="hidden" name="indicatorId" value={indicatorId} />
      <button type="submit" className="button" disabled={pending}>
        {t("bulkVerify")}
      </button>
      {state?.ok ? (
        <p className="notice" role="status">{t("bulkDone", state.data)}</p>
      ) : state && state.error === "invalid" ? (
        <p className="form__error" role="alert">{t("chooseEntries")}</p>
      ) : null}
    </form>
  );
}
