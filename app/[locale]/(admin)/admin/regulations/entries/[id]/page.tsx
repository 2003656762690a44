import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { NotAllowed } from "@/components/admin/not-allowed";
import { EntryForm } from "@/components/admin/regulations/entry-form";
import { Link } from "@/i18n/navigation";
import { pageLocale } from "@/i18n/page-locale";
import { requirePageRole } from "@/lib/core/auth/page-guard";
import { scoringRule } from "@/lib/regulations/scoring-rule";
import { getEntryContext, getEntryForEditing } from "@/lib/regulations/queries/admin";
import { getEntryVerification } from "@/lib/regulations/queries/verification-queue";
import { VerifyButtons } from "@/components/admin/verification/verify-buttons";
import { CitationList } from "@/components/ui/citation-list";
import { VerificationNote } from "@/components/ui/verification-note";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata(props: Props): Promise<Metadata> {
  const locale = await pageLocale(props);
  const t = await getTranslations({ locale, namespace: "regulationAdmin" });
  return { title: t("editTitle") };
}

export default async function EditRegulationEntry(props: Props) {
  const locale = await pageLocale(props);
  const { id: raw } = await props.params;
  if (!(await requirePageRole("EDITOR", locale, `/admin/regulations/entries/${raw}`))) return <NotAllowed />;
  const id = /^\d{1,9}$/.test(raw) ? Number(raw) : NaN;
  if (Number.isNaN(id)) notFound();
  const [t, tq, context, entry, verification] = await Promise.all([
    getTranslations("regulationAdmin"),
    getTranslations("verifyQueue"),
    getEntryContext(id),
    getEntryForEditing(id),
    getEntryVerification(id),
  ]);
  if (!context || !entry || !verification) notFound();
  const es = locale === "es";
  const { indicator, country } = context;
  return (
    <>
      <p className="breadcrumb">
        <Link href="/admin/regulations">{t("backToList")}</Link> · <Link href={`/admin/regulations/entries/${id}/history`}>{t("history")}</Link>
      </p>
      <h1>{t("editTitle")}</h1>
      <p className="entry-context">
        <strong>{t("entryOf", { economy: es ? country.nameEs : country.nameEn, indicator: `${indicator.code} ${es ? indicator.nameEs : indicator.nameEn}` })}</strong>
        <br />
        {t("pillarOf", { code: indicator.pillar.code, name: es ? indicator.pillar.nameEs : indicator.pillar.nameEn })}
      </p>
      <div className="entry-edit">
      <aside className="card entry-edit__aside" aria-labelledby="verification-heading">
        <h2 id="verification-heading">{tq("panelTitle")}</h2>
        <p className="card__note">{tq("panelLead")}</p>
        <p>
          <VerificationNote fact={verification} />
        </p>
        {verification.status === "NO_DATA" ? null : (
          <VerifyButtons kind="entry" id={id} version={verification.version} verification={verification.verification} what={t("entryOf", { economy: es ? country.nameEs : country.nameEn, indicator: indicator.code })} />
        )}
        <h3>{tq("sources")}</h3>
        <CitationList citations={verification.sources} />
      </aside>
      <EntryForm
        id={id}
        entry={entry}
        rule={scoringRule(indicator, locale)}
      />
      </div>
    </>
  );
}
