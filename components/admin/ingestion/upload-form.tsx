"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { uploadIngestionFileAction, type IngestionState } from "@/lib/ingest/server-actions";
import { INGESTION_KINDS } from "@/lib/ingest/kinds";
import { RunOutcome } from "./run-outcome";

export function UploadForm({ limit }: { limit: string }) {
  const t = useTranslations("ingestion");
  const [state, action, pending] = useActionState<IngestionState, FormData>(uploadIngestionFileAction, null);
  const fieldErrors = state && !state.ok && state.error === "invalid" ? state.fieldErrors : {};
  const fieldMessage = (key: string) => {
    const codes = fieldErrors[key];
    if (!codes?.length) return null;
    return (
      <p className="form__field-error" id={`ingest-${key}-error`}>
        {codes.map((c) => (t.has(`fieldErrors.${c}` as "fieldErrors.chooseFile") ? t(`fieldErrors.${c}` as "fieldErrors.chooseFile") : c)).join(" ")}
      </p>
    );
  };
  return (
    <>
      <form action={action} className="form ingest-form" noValidate>
        <div className="form__field">
          <label htmlFor="ingest-kind">{t("upload.kind")}</label>
          <select id="ingest-kind" name="kind" defaultValue="TRAFFIC" aria-invalid={Boolean(fieldErrors.kind)}>
            {INGESTION_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`upload.kinds.${kind}`)}
              </option>
            ))}
          </select>
          {fieldMessage("kind")}
        </div>
        <div className="form__field">
          <label htmlFor="ingest-file">{t("upload.file")}</label>
          <input
            id="ingest-file"
            name="file"
            type="file"
            accept=".csv,text/csv"
            required
            aria-invalid={Boolean(fieldErrors.file)}
            aria-describedby={fieldErrors.file ? "ingest-file-error ingest-file-hint" : "ingest-file-hint"}
          />
          <p className="form__hint" id="ingest-file-hint">
            {t("upload.fileHint", { limit })}
          </p>
          {fieldMessage("file")}
        </div>
        <div className="form__field form__field--check">
          <input id="ingest-dry-run" name="dryRun" type="checkbox" />
          <label htmlFor="ingest-dry-run">{t("upload.dryRun")}</label>
        </div>
        <button type="submit" className="button" disabled={pending}>
          {pending ? t("upload.pending") : t("upload.submit")}
        </button>
      </form>
      <RunOutcome state={state} />
    </>
  );
}
