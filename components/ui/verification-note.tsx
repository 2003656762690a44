import { getFormatter, getTranslations } from "next-intl/server";
import type { VerificationState } from "@/lib/generated/prisma/enums";

export interface VerificationView {
  verification: VerificationState | string;
  verifiedOn: Date | null;
  verifiedBy: string | null;
  disputeNote: string | null;
}

/**
 * A fact's verification state, shown next to it: sourced but not verified by
 * the secretariat, verified by whom and when, or disputed with the note.
 * `fromPublicSources`: the fact was compiled from public sources (not the
 * project's documents) and says so until it is reviewed.
 */
export async function VerificationNote({ fact, compact = false, fromPublicSources = false }: { fact: VerificationView; compact?: boolean; fromPublicSources?: boolean }) {
  const t = await getTranslations("verification");
  const format = await getFormatter();
  if (fact.verification === "VERIFIED" && fact.verifiedOn) {
    const date = format.dateTime(fact.verifiedOn, { dateStyle: "medium", timeZone: "UTC" });
    return (
      <span className="verification verification--verified">
        {fact.verifiedBy ? t("verifiedOnBy", { date, who: fact.verifiedBy }) : t("verifiedOn", { date })}
      </span>
    );
  }
  if (fact.verification === "DISPUTED") {
    return (
      <span className="verification verification--disputed">
        {t("disputed")}
        {fact.disputeNote && !compact ? `: ${fact.disputeNote}` : null}
      </span>
    );
  }
  return <span className="verification verification--unverified">{t(fromPublicSources ? "unverifiedPublic" : "unverified")}</span>;
}
