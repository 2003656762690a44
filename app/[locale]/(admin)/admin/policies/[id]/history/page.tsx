import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { NotAllowed } from "@/components/admin/not-allowed";
import { FieldDiffTable } from "@/components/admin/policies/field-diff-table";
import { Link } from "@/i18n/navigation";
import { pageLocale } from "@/i18n/page-locale";
import { requirePageRole } from "@/lib/auth/page-guard";
import { getPolicyHistory } from "@/lib/data/policy-admin";
import { changedFields } from "@/lib/policies/snapshot";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; id: string }> };
type Snapshot = Record<string, unknown> | null;

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
  const [t, format, events] = await Promise.all([getTranslations("admin.policies"), getFormatter(), /^\d{1,9}$/.test(id) ? getPolicyHistory(Number(id)) : []]);
  return (
    <>
      <p className="breadcrumb">
        <Link href="/admin/policies">{t("title")}</Link> · <Link href={`/admin/policies/${id}`}>{t("edit")}</Link>
      </p>
      <h1>{t("historyTitle")}</h1>
      {events.length === 0 ? <p className="empty">{t("historyEmpty")}</p> : null}
      {events.map((e) => {
        const before = e.before as Snapshot;
        const after = e.after as Snapshot;
        const fields = changedFields(before, after);
        return (
          <section key={String(e.id)} className="card">
            <h2>
              {t(`actions.${e.action as "update"}`)} — {format.dateTime(e.at, { dateStyle: "medium", timeStyle: "short" })}{" "}
              <span className="muted small">{e.actor ? t("by", { email: e.actor.email }) : t("byUnknown")}</span>
            </h2>
            {fields.length === 0 ? (
              <p>{t("noFieldChanges")}</p>
            ) : (
              <FieldDiffTable fields={fields} left={before} right={after} leftHeading={t("before")} rightHeading={t("after")} />
            )}
          </section>
        );
      })}
    </>
  );
}
