"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef } from "react";
import { Role } from "@/lib/generated/prisma/enums";
import { createUserAction, type CreateUserState } from "@/lib/users/server-actions";
import { ActionMessage } from "./action-message";
import { FieldError } from "./field-error";

/** Creates a staff account, or a focal point's account for one member economy. */
export function CreateUserForm({ economies }: { economies: ReadonlyArray<{ iso3: string; name: string }> }) {
  const t = useTranslations("admin.users");
  const [state, action, pending] = useActionState<CreateUserState, FormData>(createUserAction, null);
  const result = state?.result ?? null;
  const values = state?.values ?? {};
  const fieldErrors = result && !result.ok && result.error === "invalid" ? result.fieldErrors : {};
  const form = useRef<HTMLFormElement>(null);

  useEffect(() => {
    // Focus the first field with an error, so keyboard and screen-reader users land on it.
    form.current?.querySelector<HTMLElement>("[aria-invalid=true]")?.focus();
  }, [state]);

  return (
    <form ref={form} action={action} className="form form--inline" noValidate>
      <div className="form__field">
        <label htmlFor="new-email">{t("email")}</label>
        <input id="new-email" name="email" type="email" required defaultValue={values.email} aria-invalid={Boolean(fieldErrors.email)} aria-describedby={fieldErrors.email ? "new-email-error" : undefined} />
        <FieldError id="new-email-error" messages={fieldErrors.email} />
      </div>
      <div className="form__field">
        <label htmlFor="new-name">{t("name")}</label>
        <input id="new-name" name="name" type="text" defaultValue={values.name} aria-invalid={Boolean(fieldErrors.name)} aria-describedby={fieldErrors.name ? "new-name-error" : undefined} />
        <FieldError id="new-name-error" messages={fieldErrors.name} />
      </div>
      <div className="form__field">
        <label htmlFor="new-role">{t("role")}</label>
        <select id="new-role" name="role" defaultValue={values.role ?? "EDITOR"} aria-invalid={Boolean(fieldErrors.role)} aria-describedby={fieldErrors.role ? "new-role-error" : undefined}>
          {Object.values(Role).map((r) => (
            <option key={r} value={r}>
              {t(`roles.${r}`)}
            </option>
          ))}
        </select>
        <FieldError id="new-role-error" messages={fieldErrors.role} />
      </div>
      <div className="form__field">
        <label htmlFor="new-economy">{t("economy")}</label>
        <span className="small muted" id="new-economy-hint">
          {t("economyHint")}
        </span>
        <select
          id="new-economy"
          name="economy"
          defaultValue={values.economy ?? ""}
          aria-invalid={Boolean(fieldErrors.economy)}
          aria-describedby={["new-economy-hint", fieldErrors.economy ? "new-economy-error" : null].filter(Boolean).join(" ")}
        >
          <option value="">{t("noEconomy")}</option>
          {economies.map((e) => (
            <option key={e.iso3} value={e.iso3}>
              {e.name}
            </option>
          ))}
        </select>
        <FieldError id="new-economy-error" messages={fieldErrors.economy} />
      </div>
      <button type="submit" className="button" disabled={pending}>
        {t("create")}
      </button>
      {result && !result.ok && result.error !== "invalid" ? <ActionMessage result={result} /> : null}
      {result?.ok ? (
        <div className="notice" role="status">
          <p>{t("created", { email: result.data.email })}</p>
          <p>
            {t("passwordOnce")} <code className="secret">{result.data.password}</code>
          </p>
        </div>
      ) : null}
    </form>
  );
}
