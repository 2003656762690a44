"use client";

import { useTranslations } from "next-intl";

// Shown instead of a stack trace when a page fails; the details go to the server log.
export default function PageError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("errors");
  return (
    <section className="placeholder" role="alert">
      <h1>{t("errorTitle")}</h1>
      <p>{t("errorBody")}</p>
      <button type="button" className="button" onClick={reset}>
        {t("retry")}
      </button>
    </section>
  );
}
