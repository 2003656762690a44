import { useTranslations } from "next-intl";
import type { IngestIssue } from "@/lib/ingest/issues";

/** A run's problems by line and column, in the reader's language (runs recorded before problems had codes: in English). */
export function IssueTable({ issues, caption, hideCaption = false }: { issues: IngestIssue[]; caption: string; hideCaption?: boolean }) {
  const t = useTranslations("ingestion.detail");
  const problem = useTranslations("ingestionProblems");
  return (
    <div className="table-scroll">
      <table className="data-table ingest-issues">
        <caption className={hideCaption ? "visually-hidden" : undefined}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("line")}</th>
            <th scope="col">{t("column")}</th>
            <th scope="col">{t("message")}</th>
          </tr>
        </thead>
        <tbody>
          {issues.map((issue, i) => (
            <tr key={i}>
              <td>{issue.line ?? "—"}</td>
              <td>{issue.column ?? "—"}</td>
              {issue.code && problem.has(issue.code) ? <td>{problem(issue.code, issue.params)}</td> : <td lang="en">{issue.message}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
