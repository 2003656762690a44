import { useTranslations } from "next-intl";
import { DiffTable, type DiffTableProps } from "@/components/admin/diff-table";

/** Snapshot fields (lib/policies/snapshot.ts) whose form label has another message key. */
const LABEL_KEY: Record<string, string> = { workflowState: "stateLabel" };
const LABELLED = new Set([
  "country", "nameOriginal", "nameEn", "agency", "partners", "launchYear", "endYear", "status", "instrumentTypes",
  "targetGroups", "sector", "marketFocus", "pandemicResponse", "description", "results", "sources", "notes", "stateLabel",
]);

export function showValue(value: unknown): string {
  if (value === null || value === undefined || value === "") return "—";
  return typeof value === "object" ? JSON.stringify(value, null, 1) : String(value);
}

/**
 * The fields that differ between two versions of a policy, one row each, with
 * the form's label for the field: used by the history page and by the conflict
 * message of a stale save.
 */
export function FieldDiffTable(props: DiffTableProps) {
  const t = useTranslations("admin.policies");
  const label = (field: string) => {
    const key = LABEL_KEY[field] ?? field;
    return LABELLED.has(key) ? t(key as "nameEn") : field;
  };
  return <DiffTable {...props} fieldHeading={t("field")} label={label} show={(_field, value) => showValue(value)} />;
}
