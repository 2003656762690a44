"use client";

import { useTranslations } from "next-intl";
import { startTransition, useActionState, useState, type FormEvent } from "react";
import { verifyPolicyAction } from "@/lib/policies/server-actions";
import { verifyRegulationEntryAction } from "@/lib/regulations/server-actions";
import { FieldError } from "@/components/admin/field-error";

const ACTIONS = { entry: verifyRegulationEntryAction, policy: verifyPolicyAction };

/**
 * A staff member's decision on one fact: verify it, dispute it with a note,
 * or take a verification back. Names the version shown; the outcome is
 * announced, and a refused decision says why.
 */
export function VerifyButtons({ kind, id, version, verification, what }: { kind: keyof typeof ACTIONS; id: number; version: number; verification: string; what: string }) {
  const t = useTranslations("verifyQueue");
  const [state, action, pending] = useActionState(ACTIONS[kind], null);
  const [decision, setDecision] = useState<string | null>(null);
  const current = state?.ok ? state.data.version : version;
  const noteId = `note-${kind}-${id}`;
  const errors = state && !state.ok && state.error === "invalid" ? state.fieldErrors : {};

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter);
    setDecision(String(data.get("decision")));
    startTransition(() => action(data));
  };

  const shownState = state?.ok ? (decision === "verify" ? "VERIFIED" : decision === "dispute" ? "DISPUTED" : "UNVERIFIED") : verification;
  return (
    <form onSubmit={submit} className="form form--inline verify-buttons" noValidate>
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={current} />
      {shownState !== "VERIFIED" ? (
        <button type="submit" name="decision" value="verify" className="button button--small" disabled={pending} aria-label={t("verifyFor", { what })}>
          {t("verify")}
        </button>
      ) : (
        <button type="submit" name="decision" value="unverify" className="button button--small button--secondary" disabled={pending}>
          {t("unverify")}
        </button>
      )}
      <details className="verify-buttons__dispute">
        <summary>{t("dispute")}</summary>
        <label htmlFor={noteId}>{t("disputeNote")}</label>
        <textarea id={noteId} name="note" rows={2} aria-invalid={Boolean(errors.note)} aria-describedby={errors.note ? `${noteId}-error` : undefined} />
        <FieldError id={`${noteId}-error`} messages={errors.note} />
        <button type="submit" name="decision" value="dispute" className="button button--small button--secondary" disabled={pending} aria-label={t("disputeFor", { what })}>
          {t("dispute")}
        </button>
      </details>
      {state?.ok ? (
        <p className="notice" role="status">{t(decision === "verify" ? "verified" : decision === "dispute" ? "disputed" : "unverified")}</p>
      ) : state && state.error === "conflict" ? (
        <p className="form__error" role="alert">{t("conflict")}</p>
      ) : state && state.error === "refused" ? (
        <p className="form__error" role="alert">{t("nothingToVerify")}</p>
      ) : null}
    </form>
  );
}
