import { useTranslations } from "next-intl";
import { RegulationStatus } from "@/lib/generated/prisma/enums";
import { ENTRY_FIELDS, type EntryField } from "@/lib/regulations/entry-snapshot";
import { DiffTable, type DiffTableProps } from "@/components/admin/diff-table";

const STATUSES = new Set<unknown>(Object.values(RegulationStatus));

/**
 * The fields that differ between two versions of a regulation entry, one row
 * each, labelled as in the form and with readable values (statuses in words,
 * one source address per line): used by the history page and by the conflict
 * message of a stale save.
 */
export function EntryDiffTable(props: DiffTableProps) {
  const t = useTranslations("regulationAdmin");
  const label = (f: string) => ((ENTRY_FIELDS as readonly string[]).includes(f) ? t(`fields.${f as EntryField}`) : f);
  const show = (f: string, value: unknown): string => {
    if (value === null || value === undefined || value === "" || (Array.isArray(value) && value.length === 0)) return "—";
    if (f === "status" && STATUSES.has(value)) return t(`statuses.${value as RegulationStatus}`);
    if (Array.isArray(value)) return value.join("\n");
    return typeof value === "object" ? JSON.stringify(value) : String(value);
  };
  return <DiffTable {...props} fieldHeading={t("field")} label={label} show={show} />;
}
