"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { runIngestionNowAction, type IngestionState } from "@/lib/ingest/server-actions";
import { RunOutcome } from "./run-outcome";

/** "Run now": disabled, with the reason, when no source is configured. */
export function RunNowForm({ source }: { source: string | null }) {
  const t = useTranslations("ingestion.runNow");
  const [state, action, pending] = useActionState<IngestionState, FormData>(runIngestionNowAction, null);
  return (
    <>
      <form action={action} className="form form--inline">
        {source ? <p>{t("lead", { source })}</p> : <p id="run-now-unavailable">{t("notConfigured")}</p>}
        <button type="submit" className="button" disabled={!source || pending} aria-describedby={source ? undefined : "run-now-unavailable"}>
          {t("button")}
        </button>
      </form>
      <p className="card__note">{t("schedule")}</p>
      <RunOutcome state={state} />
    </>
  );
}
