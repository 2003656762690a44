"use client";

import { useTranslations } from "next-intl";
import type { IngestionState } from "@/lib/ingest/server-actions";
import { Link } from "@/i18n/navigation";
import { ActionMessage } from "@/components/admin/action-message";
import { IssueTable } from "./issue-table";

/** What an upload or "run now" did: status, counts, problems by line, and the (would-be) changes. */
export function RunOutcome({ state }: { state: IngestionState }) {
  const t = useTranslations("ingestion");
  if (!state) return null;
  if (!state.ok) {
    if (state.error === "refused") {
      return (
        <p className="form__error" role="alert">
          {t(state.message === "not-configured" ? "result.notConfigured" : "result.alreadyRunning")}
        </p>
      );
    }
    if (state.error === "invalid") return null;
    return <ActionMessage result={state} />;
  }
  const run = state.data;
  return (
    <div className={`notice ingest-outcome ingest-outcome--${run.status.toLowerCase()}`} role="status" aria-live="polite">
      <p className="ingest-outcome__status">{t(`result.${run.status}`, { id: run.runId })}</p>
      <dl className="ingest-counts">
        {(["read", "inserted", "updated", "unchanged", "rejected"] as const).map((key) => (
          <div key={key}>
            <dt>{t(`runs.${key}`)}</dt>
            <dd>{run.counts[key]}</dd>
          </div>
        ))}
      </dl>
      {run.errors.length ? (
        <>
          {run.errorCount > run.errors.length ? <p>{t("result.moreErrors", { count: run.errorCount })}</p> : null}
          <IssueTable issues={run.errors} caption={t("detail.errorsHeading")} />
        </>
      ) : null}
      {run.status === "VALIDATED" ? (
        run.changes.length ? (
          <div className="table-scroll">
            <table className="data-table">
              <caption>{t("result.wouldChange", { count: run.changes.length })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("detail.line")}</th>
                  <th scope="col">{t("detail.domain")}</th>
                  <th scope="col">{t("detail.period")}</th>
                  <th scope="col">{t("detail.key")}</th>
                  <th scope="col">{t("detail.before")}</th>
                  <th scope="col">{t("detail.after")}</th>
                </tr>
              </thead>
              <tbody>
                {run.changes.map((c) => (
                  <tr key={c.line}>
                    <td>{c.line}</td>
                    <th scope="row">{c.domain}</th>
                    <td>{c.period}</td>
                    <td>{c.key ?? "—"}</td>
                    <td>{c.before || "—"}</td>
                    <td>{c.after}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <p>{t("result.noChanges")}</p>
        )
      ) : null}
      <p>
        <Link href={`/admin/ingestion/${run.runId}`}>{t("result.viewRun", { id: run.runId })}</Link>
      </p>
    </div>
  );
}
