import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { NotAllowed } from "@/components/admin/not-allowed";
import { EntryDiffTable } from "@/components/admin/regulations/entry-diff-table";
import { Link } from "@/i18n/navigation";
import { pageLocale } from "@/i18n/page-locale";
import { requirePageRole } from "@/lib/auth/page-guard";
import { getEntryContext, getEntryHistory } from "@/lib/data/regulation-admin";
import { changedFields } from "@/lib/policies/snapshot";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; id: string }> };
type Snapshot = Record<string, unknown> | null;

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
  const [t, format, events, context] = await Promise.all([
    getTranslations("regulationAdmin"),
    getFormatter(),
    valid ? getEntryHistory(Number(id)) : [],
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
      {events.length === 0 ? <p className="empty">{t("historyEmpty")}</p> : null}
      {events.map((e) => {
        const before = e.before as Snapshot;
        const after = e.after as Snapshot;
        const fields = changedFields(before, after);
        return (
          <section key={String(e.id)} className="card">
            <h2>
              {t(`actions.${e.action === "create" ? "create" : "update"}`)} — {format.dateTime(e.at, { dateStyle: "medium", timeStyle: "short" })}{" "}
              <span className="muted small">{e.actor ? t("by", { email: e.actor.email }) : t("byUnknown")}</span>
            </h2>
            {fields.length === 0 ? (
              <p>{t("noFieldChanges")}</p>
            ) : (
              <EntryDiffTable fields={fields} left={before} right={after} leftHeading={t("before")} rightHeading={t("after")} />
            )}
          </section>
        );
      })}
    </>
  );
}
