"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { reviewSuggestionAction, type ReviewState } from "@/lib/regulations/server-actions";
import { ActionMessage } from "@/components/admin/action-message";

/** Accept or reject one suggestion; the outcome is announced. */
export function ReviewButtons({ id }: { id: number }) {
  const t = useTranslations("regulationAdmin");
  const [state, action, pending] = useActionState<ReviewState, FormData>(reviewSuggestionAction, null);
  if (state?.ok) {
    return <p className="notice" role="status">{t("reviewed", { status: state.data.status })}</p>;
  }
  return (
    <form action={action} className="form form--inline">
      <input type="hidden" name="id" value={id} />
      <button type="submit" name="decision" value="accept" className="button button--small" disabled={pending} aria-label={t("acceptFor", { id })}>
        {t("accept")}
      </button>
      <button type="submit" name="decision" value="reject" className="button button--small button--secondary" disabled={pending} aria-label={t("rejectFor", { id })}>
        {t("reject")}
      </button>
      {state && !state.ok && state.error === "refused" ? (
        <p className="form__error" role="alert">{t("alreadyReviewed")}</p>
      ) : (
        <ActionMessage result={state} />
      )}
    </form>
  );
}
