import { useTranslations } from "next-intl";

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
export function FieldDiffTable({
  fields,
  left,
  right,
  leftHeading,
  rightHeading,
}: {
  fields: string[];
  left: Record<string, unknown> | null;
  right: Record<string, unknown> | null;
  leftHeading: string;
  rightHeading: string;
}) {
  const t = useTranslations("admin.policies");
  const label = (field: string) => {
    const key = LABEL_KEY[field] ?? field;
    return LABELLED.has(key) ? t(key as "nameEn") : field;
  };
  return (
    <table className="data-table diff">
      <thead>
        <tr>
          <th scope="col">{t("field")}</th>
          <th scope="col">{leftHeading}</th>
          <th scope="col">{rightHeading}</th>
        </tr>
      </thead>
      <tbody>
        {fields.map((f) => (
          <tr key={f}>
            <th scope="row">{label(f)}</th>
            <td className="diff__before">{showValue(left?.[f])}</td>
            <td className="diff__after">{showValue(right?.[f])}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
