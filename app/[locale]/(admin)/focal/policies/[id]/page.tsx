import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PolicyForm } from "@/components/admin/policies/policy-form";
import { NotFocalPoint } from "@/components/focal/not-focal-point";
import { Link } from "@/i18n/navigation";
import { pageLocale } from "@/i18n/page-locale";
import { getDb } from "@/lib/core/db";
import { requireFocalPoint } from "@/lib/focal/page-guard";
import { getPolicyFormOptions } from "@/lib/policies/queries/admin";
import { policySnapshot } from "@/lib/policies/snapshot";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata(props: Props): Promise<Metadata> {
  const locale = await pageLocale(props);
  const t = await getTranslations({ locale, namespace: "focal" });
  return { title: t("proposeChange") };
}

/** A focal point proposes a change to one of their economy's measures; another economy's is not found. */
export default async function ProposePolicyChange(props: Props) {
  const locale = await pageLocale(props);
  const { id: raw } = await props.params;
  const actor = await requireFocalPoint(locale, `/focal/policies/${raw}`);
  if (!actor) return <NotFocalPoint />;
  const id = /^\d{1,9}$/.test(raw) ? Number(raw) : NaN;
  if (Number.isNaN(id)) notFound();
  const [t, options, policy] = await Promise.all([getTranslations("focal"), getPolicyFormOptions(), policySnapshot(getDb(), id)]);
  if (!policy || policy.country !== actor.economyIso3) notFound();
  return (
    <>
      <p className="breadcrumb">
        <Link href="/focal">{t("back")}</Link>
      </p>
      <h1>{t("policyChangeTitle", { name: policy.nameEn })}</h1>
      <p className="card__note">{t("sourcesNeeded")}</p>
      <PolicyForm id={id} policy={policy} proposal options={{ ...options, countries: options.countries.filter((c) => c.iso3 === actor.economyIso3) }} />
    </>
  );
}
