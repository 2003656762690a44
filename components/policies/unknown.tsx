import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";

/** A value, or "unknown" where the record has none: never left blank, never guessed. */
export async function OrUnknown({ value }: { value: ReactNode | null | undefined }) {
  if (value !== null && value !== undefined && value !== "") return <>{value}</>;
  const t = await getTranslations("policies");
  return <span className="unknown">{t("unknown")}</span>;
}
