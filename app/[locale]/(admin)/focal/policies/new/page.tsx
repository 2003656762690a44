import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PolicyForm } from "@/components/admin/policies/policy-form";
import { NotFocalPoint } from "@/components/focal/not-focal-point";
import { Link } from "@/i18n/navigation";
import { pageLocale, type LocaleParams } from "@/i18n/page-locale";
import { requireFocalPoint } from "@/lib/focal/page-guard";
import { getPolicyFormOptions } from "@/lib/policies/queries/admin";

export const dynamic = "force-dynamic";

export async function generateMetadata(props: LocaleParams): Promise<Metadata> {
  const locale = await pageLocale(props);
  const t = await getTranslations({ locale, namespace: "focal" });
  return { title: t("policyNewTitle") };
}

/** A focal point proposes a new support measure of their own economy (the only economy the form offers). */
export default async function ProposeNewPolicy(props: LocaleParams) {
  const locale = await pageLocale(props);
  const actor = await requireFocalPoint(locale, "/focal/policies/new");
  if (!actor) return <NotFocalPoint />;
  const [t, options] = await Promise.all([getTranslations("focal"), getPolicyFormOptions()]);
  return (
    <>
      <p className="breadcrumb">
        <Link href="/focal">{t("back")}</Link>
      </p>
      <h1>{t("policyNewTitle")}</h1>
      <p className="card__note">{t("sourcesNeeded")}</p>
      <PolicyForm id={null} policy={null} proposal options={{ ...options, countries: options.countries.filter((c) => c.iso3 === actor.economyIso3) }} />
    </>
  );
}
