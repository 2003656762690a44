import { useTranslations } from "next-intl";
import type { IngestIssue } from "@/lib/ingest/issues";

/** A run's problems by line and column. */
export function IssueTable({ issues, caption, hideCaption = false }: { issues: IngestIssue[]; caption: string; hideCaption?: boolean }) {
  const t = useTranslations("ingestion.detail");
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
              <td lang="en">{issue.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
