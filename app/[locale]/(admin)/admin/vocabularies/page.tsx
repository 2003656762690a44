import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { NotAllowed } from "@/components/admin/not-allowed";
import { MergeForm } from "@/components/admin/vocabularies/merge-form";
import { TermForm } from "@/components/admin/vocabularies/term-form";
import { Link } from "@/i18n/navigation";
import { pageLocale, type LocaleParams } from "@/i18n/page-locale";
import { requirePageRole } from "@/lib/core/auth/page-guard";
import { getRecentVocabularyChanges, getTermUsage, type TermUsage } from "@/lib/policies/queries/vocabulary-admin";
import { localizedName } from "@/lib/core/i18n/localized";
import { VOCABULARIES, type Vocabulary } from "@/lib/policies/schemas/vocabulary";

export const dynamic = "force-dynamic";

export async function generateMetadata(props: LocaleParams): Promise<Metadata> {
  const locale = await pageLocale(props);
  const t = await getTranslations({ locale, namespace: "vocabularies" });
  return { title: t("title") };
}

export default async function VocabulariesPage(props: LocaleParams) {
  const locale = await pageLocale(props);
  if (!(await requirePageRole("ADMIN", locale, "/admin/vocabularies"))) return <NotAllowed />;
  const [t, ta, format, changes, ...terms] = await Promise.all([
    getTranslations("vocabularies"),
    getTranslations("admin"),
    getFormatter(),
    getRecentVocabularyChanges(),
    ...VOCABULARIES.map((v) => getTermUsage(v)),
  ]);
  const name = (term: { nameEn?: string; nameEs?: string } | null) => (term ? localizedName({ nameEn: term.nameEn ?? "", nameEs: term.nameEs ?? "" }, locale) : "—");

  return (
    <>
      <p className="breadcrumb">
        <Link href="/admin">{ta("title")}</Link>
      </p>
      <header className="view-header">
        <h1>{t("title")}</h1>
        <p className="view-header__lead">{t("lead")}</p>
      </header>
      {VOCABULARIES.map((vocabulary, i) => (
        <VocabularySection key={vocabulary} vocabulary={vocabulary} terms={terms[i]} locale={locale} />
      ))}
      {changes.length > 0 ? (
        <section className="card" aria-labelledby="recent-heading">
          <h2 id="recent-heading">{t("recentHeading")}</h2>
          <ul className="tool-list">
            {changes.map((c) => (
              <li key={c.id}>
                {format.dateTime(c.at, { dateStyle: "medium", timeStyle: "short" })} — {c.actorEmail ?? t("someone")}:{" "}
                {c.action === "merge"
                  ? t("recent.merge", { from: name(c.before), into: name(c.after), count: c.before?.policies?.length ?? 0 })
                  : c.action === "rename"
                    ? t("recent.rename", { from: name(c.before), to: name(c.after) })
                    : t("recent.create", { term: name(c.after) })}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}

async function VocabularySection({ vocabulary, terms, locale }: { vocabulary: Vocabulary; terms: TermUsage[]; locale: string }) {
  const t = await getTranslations("vocabularies");
  const headingId = `${vocabulary}-heading`;
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t(`headings.${vocabulary}`)}</h2>
      {terms.length === 0 ? (
        <p className="empty">{t("empty")}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table vocabulary-table">
            <thead>
              <tr>
                <th scope="col">{t("nameEn")}</th>
                <th scope="col">{t("nameEs")}</th>
                <th scope="col" className="numeric">
                  <abbr title={t("usageHelp")}>{t("usage")}</abbr>
                </th>
                <th scope="col">{t("actions")}</th>
              </tr>
            </thead>
            <tbody>
              {terms.map((term) => (
                <tr key={term.id}>
                  <th scope="row">{term.nameEn}</th>
                  <td lang="es">{term.nameEs}</td>
                  <td className="numeric">{t("usageValue", { policies: term.policies, published: term.published })}</td>
                  <td>
                    <details className="term-actions">
                      <summary>{t("rename")}</summary>
                      <TermForm vocabulary={vocabulary} term={term} />
                    </details>
                    {terms.length > 1 ? (
                      <details className="term-actions">
                        <summary>{t("merge")}</summary>
                        <MergeForm
                          vocabulary={vocabulary}
                          term={{ id: term.id, name: localizedName(term, locale) }}
                          policies={term.policies}
                          others={terms.filter((o) => o.id !== term.id).map((o) => ({ id: o.id, name: localizedName(o, locale) }))}
                        />
                      </details>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h3 className="vocabulary-add">{t("addHeading")}</h3>
      <TermForm vocabulary={vocabulary} />
    </section>
  );
}
