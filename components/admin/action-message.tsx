"use client";

import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/core/actions";

/** Refusals that say more than "not allowed", by the action's message code. */
const REFUSALS: Record<string, "ownAccount" | "focalPointRole" | "proposalReviewed" | "proposalInvalid" | "proposalStale"> = {
  "own-account": "ownAccount",
  "focal-point-role": "focalPointRole",
  "proposal-reviewed": "proposalReviewed",
  "proposal-invalid": "proposalInvalid",
  "proposal-stale": "proposalStale",
};

/** The outcome of a staff action in words, announced to screen readers. */
export function ActionMessage({ result, id }: { result: ActionResult<unknown> | null; id?: string }) {
  const t = useTranslations("admin.errors");
  const fieldMessage = useTranslations("admin.fieldErrors");
  if (!result || result.ok) return null;
  // Codes are checked at run time, as in FieldError: a schema may also give plain text.
  const translate = (m: string) => (fieldMessage.has(m as Parameters<typeof fieldMessage>[0]) ? fieldMessage(m as Parameters<typeof fieldMessage>[0]) : m);
  const text =
    result.error === "invalid"
      ? Object.values(result.fieldErrors).flat().map(translate).join(" ")
      : result.error === "refused" || result.error === "not-found" || result.error === "conflict"
        ? t(REFUSALS[result.message] ?? result.error)
        : t(result.error);
  return (
    <p className="form__error" role="alert" id={id}>
      {text}
    </p>
  );
}
