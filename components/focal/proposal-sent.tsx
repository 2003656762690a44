"use client";

import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";

/** What a proposal form becomes once the proposal is sent: the answer, and the way back (so it is not sent twice). */
export function ProposalSent() {
  const t = useTranslations("focal");
  return (
    <div className="notice" role="status">
      <p>{t("sent")}</p>
      <p>
        <Link href="/focal">{t("back")}</Link>
      </p>
    </div>
  );
}
