"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { reviewProposalAction, type ReviewProposalState } from "@/lib/focal/server-actions";
import { Link } from "@/i18n/navigation";
import { ActionMessage } from "@/components/admin/action-message";
import { FieldError } from "@/components/admin/field-error";

/** Accept (save the change) or reject (with a reason) one focal-point proposal. */
export function ReviewForm({ id, stale, kind }: { id: number; stale: boolean; kind: "REGULATION_ENTRY" | "POLICY" }) {
  const t = useTranslations("focal");
  const [state, action, pending] = useActionState<ReviewProposalState, FormData>(reviewProposalAction, null);
  const errors = state && !state.ok && state.error === "invalid" ? state.fieldErrors : {};
  if (state?.ok) {
    return (
      <p className="notice" role="status">
        {t("decided", { state: state.data.state })}{" "}
        {state.data.appliedId !== null ? <Link href={kind === "POLICY" ? `/admin/policies/${state.data.appliedId}` : `/admin/regulations/entries/${state.data.appliedId}`}>{t("openApplied")}</Link> : null}
      </p>
    );
  }
  return (
    <form action={action} className="form review-form" noValidate>
      <input type="hidden" name="id" value={id} />
      <div className="form__field form__field--wide">
        <label htmlFor={`reason-${id}`}>{t("reasonLabel")}</label>
        <textarea id={`reason-${id}`} name="reason" rows={2} aria-invalid={Boolean(errors.reason)} aria-describedby={errors.reason ? `reason-${id}-error` : undefined} />
        <FieldError id={`reason-${id}-error`} messages={errors.reason} />
      </div>
      <div className="form__actions">
        {stale ? null : (
          <button type="submit" name="decision" value="accept" className="button" disabled={pending}>
            {t("accept")}
          </button>
        )}
        <button type="submit" name="decision" value="reject" className="button button--secondary" disabled={pending}>
          {t("reject")}
        </button>
      </div>
      {state && !state.ok && state.error !== "invalid" ? <ActionMessage result={state} /> : null}
    </form>
  );
}
