"use client";

import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/core/actions";

/** The outcome of a staff action in words, announced to screen readers. */
export function ActionMessage({ result, id }: { result: ActionResult<unknown> | null; id?: string }) {
  const t = useTranslations("admin.errors");
  if (!result || result.ok) return null;
  const text =
    result.error === "invalid"
      ? Object.values(result.fieldErrors).flat().join(" ")
      : result.error === "refused" || result.error === "not-found" || result.error === "conflict"
        ? t(result.message === "own-account" ? "ownAccount" : result.error)
        : t(result.error);
  return (
    <p className="form__error" role="alert" id={id}>
      {text}
    </p>
  );
}
