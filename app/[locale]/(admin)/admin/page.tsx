import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { NotAllowed } from "@/components/admin/not-allowed";
import { Link, redirect } from "@/i18n/navigation";
import { currentActor } from "@/lib/core/auth/current-actor";
import { countPendingProposals } from "@/lib/focal/queries";
import { pageLocale, type LocaleParams } from "@/i18n/page-locale";
import { requirePageRole } from "@/lib/core/auth/page-guard";
import { hasRole } from "@/lib/core/auth/roles";
import { countPoliciesToVerify } from "@/lib/policies/queries/verification-queue";
import { countEntriesToVerify } from "@/lib/regulations/queries/verification-queue";

export const dynamic = "force-dynamic";

export async function generateMetadata(props: LocaleParams): Promise<Metadata> {
  const locale = await pageLocale(props);
  const t = await getTranslations({ locale, namespace: "admin" });
  return { title: t("title") };
}

export default async function AdminHome(props: LocaleParams) {
  const locale = await pageLocale(props);
  const actor = await requirePageRole("EDITOR", locale, "/admin");
  if (!actor) {
    // A focal point signs in to their own screens.
    if ((await currentActor())?.role === "FOCAL_POINT") redirect({ href: "/focal", locale });
    return <NotAllowed />;
  }
  const [t, tv, ti, tr, tq, tf, toVerify, proposals] = await Promise.all([
    getTranslations("admin"),
    getTranslations("vocabularies"),
    getTranslations("ingestion"),
    getTranslations("regulationAdmin"),
    getTranslations("verifyQueue"),
    getTranslations("focal"),
    Promise.all([countEntriesToVerify(), countPoliciesToVerify()]).then(([entries, policies]) => entries + policies),
    countPendingProposals(),
  ]);
  return (
    <>
      <header className="view-header">
        <h1>{t("title")}</h1>
        <p className="view-header__lead">{t("signedInAs", { email: actor.email, role: t(`users.roles.${actor.role}`) })}</p>
      </header>
      <ul className="tool-list">
        <li>
          <Link href="/admin/verify">{tq("linkToQueue", { count: toVerify })}</Link> — {tq("lead")}
        </li>
        <li>
          <Link href="/admin/proposals">{tf("linkFromHome", { count: proposals })}</Link> — {tf("queueLead")}
        </li>
        <li>
          <Link href="/admin/policies">{t("policies.title")}</Link> — {t("policies.lead")}
        </li>
        <li>
          <Link href="/admin/regulations">{tr("title")}</Link> — {tr("lead")}
        </li>
        <li>
          <Link href="/admin/ingestion">{ti("title")}</Link> — {ti("adminLead")}
        </li>
        {hasRole(actor.role, "ADMIN") ? (
          <li>
            <Link href="/admin/users">{t("users.title")}</Link> — {t("users.lead")}
          </li>
        ) : null}
        {hasRole(actor.role, "ADMIN") ? (
          <li>
            <Link href="/admin/vocabularies">{tv("title")}</Link> — {tv("adminLead")}
          </li>
        ) : null}
      </ul>
      <p className="card__note">{t("moreTools")}</p>
    </>
  );
}
