import { getTranslations } from "next-intl/server";
import { statusKey } from "@/lib/regulations/method";

/** An entry's status as a labelled badge; NO_DATA reads plainly "No data". */
export async function StatusBadge({ status }: { status: string }) {
  const t = await getTranslations("regulations.status");
  const known = ["IN_FORCE", "PARTIAL", "DRAFT", "NONE", "NO_DATA"] as const;
  const value = known.find((s) => s === status) ?? "NO_DATA";
  return <span className={`regulation-status regulation-status--${statusKey(value)}`}>{t(value)}</span>;
}
