"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef } from "react";
import { saveTermAction, type TermFormState } from "@/lib/policies/server-actions";
import type { Vocabulary } from "@/lib/policies/schemas/vocabulary";
import { ActionMessage } from "@/components/admin/action-message";
import { FieldError } from "@/components/admin/field-error";

/** Adds a term (no `term`) or renames one; a refused save keeps what was typed. */
export function TermForm({ vocabulary, term }: { vocabulary: Vocabulary; term?: { id: number; nameEn: string; nameEs: string } }) {
  const t = useTranslations("vocabularies");
  const [state, action, pending] = useActionState<TermFormState, FormData>(saveTermAction, null);
  const result = state?.result ?? null;
  // After an add, the form empties for the next term; otherwise it shows what was typed, or the saved names.
  const values = result?.ok && !term ? {} : (state?.values ?? {});
  const fieldErrors = result && !result.ok && result.error === "invalid" ? result.fieldErrors : {};
  const form = useRef<HTMLFormElement>(null);
  const prefix = `${vocabulary}-${term?.id ?? "new"}`;

  useEffect(() => {
    form.current?.querySelector<HTMLElement>("[aria-invalid=true]")?.focus();
  }, [state]);

  const field = (name: "nameEn" | "nameEs") => (
    <div className="form__field">
      <label htmlFor={`${prefix}-${name}`}>{t(name)}</label>
      <input
        id={`${prefix}-${name}`}
        name={name}
        type="text"
        required
        defaultValue={values[name] ?? term?.[name] ?? ""}
        aria-invalid={Boolean(fieldErrors[name])}
        aria-describedby={fieldErrors[name] ? `${prefix}-${name}-error` : undefined}
      />
      <FieldError id={`${prefix}-${name}-error`} messages={fieldErrors[name]} />
    </div>
  );

  return (
    <form ref={form} action={action} className="form form--inline" noValidate>
      <input type="hidden" name="vocabulary" value={vocabulary} />
      <input type="hidden" name="id" value={term?.id ?? ""} />
      {field("nameEn")}
      {field("nameEs")}
      <FieldError id={`${prefix}-hidden-error`} messages={[...(fieldErrors.vocabulary ?? []), ...(fieldErrors.id ?? [])]} />
      <button type="submit" className="button button--small" disabled={pending}>
        {term ? t("saveName") : t("add")}
      </button>
      {result && !result.ok && result.error !== "invalid" ? <ActionMessage result={result} /> : null}
      {result?.ok ? (
        <p className="notice" role="status">
          {term ? t("renamed") : t("added")}
        </p>
      ) : null}
    </form>
  );
}
