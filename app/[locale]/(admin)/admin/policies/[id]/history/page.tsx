import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ChangeHistory } from "@/components/admin/change-history";
import { NotAllowed } from "@/components/admin/not-allowed";
import { FieldDiffTable } from "@/components/admin/policies/field-diff-table";
import { Link } from "@/i18n/navigation";
import { pageLocale } from "@/i18n/page-locale";
import { requirePageRole } from "@/lib/core/auth/page-guard";
import { getAuditTrail } from "@/lib/core/audit/audit-trail";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata(props: Props): Promise<Metadata> {
  const locale = await pageLocale(props);
  const t = await getTranslations({ locale, namespace: "admin.policies" });
  return { title: t("historyTitle") };
}

/** Every recorded change of a policy, newest first, as the fields that changed with their values before and after. */
export default async function PolicyHistory(props: Props) {
  const locale = await pageLocale(props);
  const { id } = await props.params;
  if (!(await requirePageRole("EDITOR", locale, `/admin/policies/${id}/history`))) return <NotAllowed />;
  const [t, events] = await Promise.all([getTranslations("admin.policies"), /^\d{1,9}$/.test(id) ? getAuditTrail("policy", Number(id)) : []]);
  return (
    <>
      <p className="breadcrumb">
        <Link href="/admin/policies">{t("title")}</Link> · <Link href={`/admin/policies/${id}`}>{t("edit")}</Link>
      </p>
      <h1>{t("historyTitle")}</h1>
      <ChangeHistory
        events={events}
        Diff={FieldDiffTable}
        text={{
          empty: t("historyEmpty"),
          noFieldChanges: t("noFieldChanges"),
          before: t("before"),
          after: t("after"),
          action: (action) => t(`actions.${action as "update"}`),
          by: (email) => (email ? t("by", { email }) : t("byUnknown")),
        }}
      />
    </>
  );
}
