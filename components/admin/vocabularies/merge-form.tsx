"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { mergeTermsAction, type TermFormState } from "@/lib/policies/server-actions";
import type { Vocabulary } from "@/lib/policies/schemas/vocabulary";
import { ActionMessage } from "@/components/admin/action-message";
import { FieldError } from "@/components/admin/field-error";

/** Merges one term into another of the same vocabulary, saying first what will happen. */
export function MergeForm({
  vocabulary,
  term,
  policies,
  others,
}: {
  vocabulary: Vocabulary;
  term: { id: number; name: string };
  policies: number;
  others: Array<{ id: number; name: string }>;
}) {
  const t = useTranslations("vocabularies");
  const [state, action, pending] = useActionState<TermFormState, FormData>(mergeTermsAction, null);
  const result = state?.result ?? null;
  const fieldErrors = result && !result.ok && result.error === "invalid" ? result.fieldErrors : {};
  const id = `${vocabulary}-${term.id}-into`;
  return (
    <form action={action} className="form form--inline" noValidate>
      <input type="hidden" name="vocabulary" value={vocabulary} />
      <input type="hidden" name="fromId" value={term.id} />
      <div className="form__field">
        <label htmlFor={id}>{t("mergeInto", { term: term.name })}</label>
        <select
          id={id}
          name="intoId"
          defaultValue={state?.values.intoId ?? ""}
          aria-invalid={Boolean(fieldErrors.intoId)}
          aria-describedby={`${id}-warning${fieldErrors.intoId ? ` ${id}-error` : ""}`}
        >
          <option value="">{t("chooseTerm")}</option>
          {others.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </select>
        <FieldError id={`${id}-error`} messages={fieldErrors.intoId} />
      </div>
      <FieldError id={`${id}-hidden-error`} messages={[...(fieldErrors.vocabulary ?? []), ...(fieldErrors.fromId ?? [])]} />
      <p className="form__hint" id={`${id}-warning`}>
        {t("mergeWarning", { count: policies, term: term.name })}
      </p>
      <button type="submit" className="button button--small button--danger" disabled={pending}>
        {t("mergeButton", { term: term.name })}
      </button>
      {result && !result.ok && result.error !== "invalid" ? <ActionMessage result={result} /> : null}
    </form>
  );
}
