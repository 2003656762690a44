import { useTranslations } from "next-intl";
import type { IngestionStatus } from "@/lib/generated/prisma/enums";

export function StatusBadge({ status, dryRun }: { status: IngestionStatus; dryRun: boolean }) {
  const t = useTranslations("ingestion");
  return (
    <span className={`status-badge status-badge--${status.toLowerCase()}`}>
      {t(`statuses.${status}`)}
      {dryRun && status === "FAILED" ? ` (${t("runs.dryRun")})` : null}
    </span>
  );
}
