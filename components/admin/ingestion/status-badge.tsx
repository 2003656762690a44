import { useTranslations } from "next-intl";

export function StatusBadge({ status, dryRun }: { status: "RUNNING" | "SUCCEEDED" | "FAILED" | "VALIDATED"; dryRun: boolean }) {
  const t = useTranslations("ingestion");
  return (
    <span className={`status-badge status-badge--${status.toLowerCase()}`}>
      {t(`statuses.${status}`)}
      {dryRun && status === "FAILED" ? ` (${t("runs.dryRun")})` : null}
    </span>
  );
}
