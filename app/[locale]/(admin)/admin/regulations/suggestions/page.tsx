import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { NotAllowed } from "@/components/admin/not-allowed";
import { ReviewButtons } from "@/components/admin/regulations/review-buttons";
import { Link } from "@/i18n/navigation";
import { pageLocale, type LocaleParams } from "@/i18n/page-locale";
import { requirePageRole } from "@/lib/core/auth/page-guard";
import { listPendingSuggestions } from "@/lib/regulations/queries/admin";

export const dynamic = "force-dynamic";

export async function generateMetadata(props: LocaleParams): Promise<Metadata> {
  const locale = await pageLocale(props);
  const t = await getTranslations({ locale, namespace: "regulationAdmin" });
  return { title: t("suggestionsTitle") };
}

/** Visitors' suggested corrections waiting for review, oldest first. */
export default async function RegulationSuggestions(props: LocaleParams) {
  const locale = await pageLocale(props);
  if (!(await requirePageRole("EDITOR", locale, "/admin/regulations/suggestions"))) return <NotAllowed />;
  const [t, format, suggestions] = await Promise.all([getTranslations("regulationAdmin"), getFormatter(), listPendingSuggestions()]);
  const es = locale === "es";
  return (
    <>
      <p className="breadcrumb">
        <Link href="/admin/regulations">{t("backToList")}</Link>
      </p>
      <header className="view-header">
        <h1>{t("suggestionsTitle")}</h1>
        <p className="view-header__lead">{t("suggestionsLead")}</p>
      </header>
      {suggestions.length === 0 ? (
        <p className="empty">{t("suggestionsEmpty")}</p>
      ) : (
        <ol className="suggestion-list">
          {suggestions.map((s) => {
            const entry = s.entry;
            const title = t("entryOf", { economy: es ? entry.country.nameEs : entry.country.nameEn, indicator: `${entry.indicator.code} ${es ? entry.indicator.nameEs : entry.indicator.nameEn}` });
            return (
              <li key={s.id} className="card">
                <h2>
                  <Link href={`/admin/regulations/entries/${entry.id}`}>{title}</Link>
                </h2>
                <p className="suggestion__meta">
                  {t("received")}: {format.dateTime(s.createdAt, { dateStyle: "medium", timeStyle: "short" })} · {t("fields.status")}: {t(`statuses.${entry.status}`)} · {t("contact")}:{" "}
                  {s.contactEmail ? <a href={`mailto:${s.contactEmail}`}>{s.contactEmail}</a> : t("noContact")}
                </p>
                <blockquote className="suggestion__message">{s.message}</blockquote>
                <ReviewButtons id={s.id} />
              </li>
            );
          })}
        </ol>
      )}
    </>
  );
}
