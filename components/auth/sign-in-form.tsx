"use client";

import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useRef, useState, type FormEvent } from "react";
import { localPath } from "@/lib/core/local-path";

export function SignInForm({ callbackUrl, fallback }: { callbackUrl: string | null; fallback: string }) {
  const t = useTranslations("auth");
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const errorRef = useRef<HTMLParagraphElement>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    const result = await signIn("credentials", {
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
      redirect: false,
    });
    setPending(false);
    if (result?.ok && !result.error) {
      // A full navigation, so that every server component sees the new session.
      // Only a same-site path is followed after sign-in (no open redirect).
      window.location.assign(localPath(callbackUrl, fallback));
      return;
    }
    const limited = result?.error?.match(/^rate-limited:(\d+)$/);
    setError(limited ? t("rateLimited", { minutes: Math.max(1, Math.ceil(Number(limited[1]) / 60)) }) : t("invalid"));
    requestAnimationFrame(() => errorRef.current?.focus());
  }

  return (
    <form className="form" onSubmit={submit} noValidate>
      <p ref={errorRef} tabIndex={-1} role="alert" className={error ? "form__error" : "visually-hidden"} id="sign-in-error">
        {error}
      </p>
      <div className="form__field">
        <label htmlFor="email">{t("email")}</label>
        <input id="email" name="email" type="email" autoComplete="username" required aria-describedby={error ? "sign-in-error" : undefined} />
      </div>
      <div className="form__field">
        <label htmlFor="password">{t("password")}</label>
        <input id="password" name="password" type="password" autoComplete="current-password" required />
      </div>
      <button type="submit" className="button" disabled={pending}>
        {pending ? t("signingIn") : t("submit")}
      </button>
    </form>
  );
}
