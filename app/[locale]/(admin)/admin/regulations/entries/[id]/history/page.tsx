import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ChangeHistory } from "@/components/admin/change-history";
import { NotAllowed } from "@/components/admin/not-allowed";
import { EntryDiffTable } from "@/components/admin/regulations/entry-diff-table";
import { Link } from "@/i18n/navigation";
import { pageLocale } from "@/i18n/page-locale";
import { requirePageRole } from "@/lib/core/auth/page-guard";
import { getAuditTrail } from "@/lib/core/audit/audit-trail";
import { getEntryContext } from "@/lib/regulations/queries/admin";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata(props: Props): Promise<Metadata> {
  const locale = await pageLocale(props);
  const t = await getTranslations({ locale, namespace: "regulationAdmin" });
  return { title: t("historyTitle") };
}

/** Every recorded change of an entry, newest first, as the fields that changed with their values before and after. */
export default async function RegulationEntryHistory(props: Props) {
  const locale = await pageLocale(props);
  const { id } = await props.params;
  if (!(await requirePageRole("EDITOR", locale, `/admin/regulations/entries/${id}/history`))) return <NotAllowed />;
  const valid = /^\d{1,9}$/.test(id);
  const [t, events, context] = await Promise.all([
    getTranslations("regulationAdmin"),
    valid ? getAuditTrail("regulation_entry", Number(id)) : [],
    valid ? getEntryContext(Number(id)) : null,
  ]);
  const es = locale === "es";
  return (
    <>
      <p className="breadcrumb">
        <Link href="/admin/regulations">{t("backToList")}</Link> · <Link href={`/admin/regulations/entries/${id}`}>{t("edit")}</Link>
      </p>
      <h1>{t("historyTitle")}</h1>
      {context ? (
        <p className="entry-context">
          <strong>{t("entryOf", { economy: es ? context.country.nameEs : context.country.nameEn, indicator: `${context.indicator.code} ${es ? context.indicator.nameEs : context.indicator.nameEn}` })}</strong>
        </p>
      ) : null}
      <ChangeHistory
        events={events}
        Diff={EntryDiffTable}
        text={{
          empty: t("historyEmpty"),
          noFieldChanges: t("noFieldChanges"),
          before: t("before"),
          after: t("after"),
          action: (action) => t(`actions.${action === "create" ? "create" : "update"}`),
          by: (email) => (email ? t("by", { email }) : t("byUnknown")),
        }}
      />
    </>
  );
}
