"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef, useState } from "react";
import { suggestCorrectionAction, type SuggestState } from "@/lib/regulations/server-actions";
import { FieldError } from "@/components/admin/field-error";

/**
 * The public "suggest a correction" form: a message and an optional email.
 * The `website` field is a honeypot: off screen, out of the tab order and
 * hidden from assistive technology, so only bots fill it.
 */
export function SuggestCorrectionForm({ entryId }: { entryId: number }) {
  const t = useTranslations("regulationAdmin.suggest");
  const [state, action, pending] = useActionState<SuggestState, FormData>(suggestCorrectionAction, null);
  const [message, setMessage] = useState("");
  const [email, setEmail] = useState("");
  const errors = state && !state.ok && state.error === "invalid" ? state.fieldErrors : {};
  const formRef = useRef<HTMLFormElement>(null);
  const statusRef = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    if (state?.ok) statusRef.current?.focus();
    else formRef.current?.querySelector<HTMLElement>("[aria-invalid=true]")?.focus();
  }, [state]);

  if (state?.ok) {
    return (
      <p className="notice" role="status" tabIndex={-1} ref={statusRef}>
        {t("sent")}
      </p>
    );
  }
  const describedBy = (key: string) => [`${key}-hint`, errors[key] ? `${key}-error` : null].filter(Boolean).join(" ");
  return (
    <form ref={formRef} action={action} className="form suggest-form" noValidate>
      <input type="hidden" name="entryId" value={entryId} />
      {state && !state.ok ? (
        <p className="form__error" role="alert">
          {state.error === "invalid" ? t("fixErrors") : state.error === "rate-limited" ? t("rateLimited", { minutes: Math.max(1, Math.ceil(state.retryAfter / 60)) }) : t("notFound")}
        </p>
      ) : null}
      <FieldError id="entryId-error" messages={errors.entryId} />
      <div className="form__field">
        <label htmlFor="message">{t("message")}</label>
        <span className="small muted" id="message-hint">{t("messageHint")}</span>
        <textarea id="message" name="message" rows={6} maxLength={2000} required value={message} onChange={(e) => setMessage(e.target.value)} aria-invalid={Boolean(errors.message)} aria-describedby={describedBy("message")} />
        <FieldError id="message-error" messages={errors.message} />
      </div>
      <div className="form__field">
        <label htmlFor="contactEmail">{t("contactEmail")}</label>
        <span className="small muted" id="contactEmail-hint">{t("contactHint")}</span>
        <input id="contactEmail" name="contactEmail" type="email" autoComplete="email" value={email} onChange={(e) => setEmail(e.target.value)} aria-invalid={Boolean(errors.contactEmail)} aria-describedby={describedBy("contactEmail")} />
        <FieldError id="contactEmail-error" messages={errors.contactEmail} />
      </div>
      <div className="honeypot" aria-hidden="true">
        <label htmlFor="website">{t("honeypot")}</label>
        <input id="website" name="website" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>
      <button type="submit" className="button" disabled={pending}>{t("submit")}</button>
    </form>
  );
}
