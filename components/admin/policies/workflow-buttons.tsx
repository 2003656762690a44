"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { WorkflowState } from "@/lib/generated/prisma/enums";
import { setPolicyStateAction, type PolicyStateChange } from "@/lib/policies/server-actions";
import { ActionMessage } from "@/components/admin/action-message";

const NEXT: Record<WorkflowState, Array<"publish" | "unpublish" | "archive">> = {
  DRAFT: ["publish", "archive"],
  PUBLISHED: ["unpublish", "archive"],
  ARCHIVED: ["unpublish"],
};

export function WorkflowButtons({ id, version, state }: { id: number; version: number; state: WorkflowState }) {
  const t = useTranslations("admin.policies");
  const [result, action, pending] = useActionState<PolicyStateChange, FormData>(setPolicyStateAction, null);
  return (
    <div className="row-actions">
      <p>{t("currentState", { state: t(`states.${state}`), version })}</p>
      {NEXT[state].map((transition) => (
        <form key={transition} action={action} className="row-actions__form">
          <input type="hidden" name="id" value={id} />
          <input type="hidden" name="version" value={version} />
          <input type="hidden" name="transition" value={transition} />
          <button type="submit" className={transition === "publish" ? "button" : "button button--secondary"} disabled={pending}>
            {t(transition)}
          </button>
        </form>
      ))}
      <ActionMessage result={result} />
    </div>
  );
}
