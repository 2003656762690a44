import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { EntryForm } from "@/components/admin/regulations/entry-form";
import { NotFocalPoint } from "@/components/focal/not-focal-point";
import { Link } from "@/i18n/navigation";
import { pageLocale } from "@/i18n/page-locale";
import { localizedName } from "@/lib/core/i18n/localized";
import { requireFocalPoint } from "@/lib/focal/page-guard";
import { scoringRule } from "@/lib/regulations/scoring-rule";
import { getEntryContext, getEntryForEditing } from "@/lib/regulations/queries/admin";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata(props: Props): Promise<Metadata> {
  const locale = await pageLocale(props);
  const t = await getTranslations({ locale, namespace: "focal" });
  return { title: t("proposeChange") };
}

/** A focal point proposes a change to one entry of their own economy: the staff form in proposal mode. */
export default async function ProposeEntryChange(props: Props) {
  const locale = await pageLocale(props);
  const { id: raw } = await props.params;
  const actor = await requireFocalPoint(locale, `/focal/entries/${raw}`);
  if (!actor) return <NotFocalPoint />;
  const id = /^\d{1,9}$/.test(raw) ? Number(raw) : NaN;
  if (Number.isNaN(id)) notFound();
  const [t, context, entry] = await Promise.all([getTranslations("focal"), getEntryContext(id), getEntryForEditing(id)]);
  // Another economy's entry is not found, as if it did not exist: a focal point sees only their own.
  if (!context || !entry || context.country.iso3 !== actor.economyIso3) notFound();
  const { indicator } = context;
  return (
    <>
      <p className="breadcrumb">
        <Link href="/focal">{t("back")}</Link>
      </p>
      <h1>{t("entryTitle", { indicator: `${indicator.code} ${localizedName(indicator, locale)}` })}</h1>
      <p className="card__note">{t("sourcesNeeded")}</p>
      <EntryForm
        id={id}
        entry={entry}
        proposal
        rule={scoringRule(indicator, locale)}
      />
    </>
  );
}
