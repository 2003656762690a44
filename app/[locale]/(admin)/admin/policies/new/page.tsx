import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { NotAllowed } from "@/components/admin/not-allowed";
import { PolicyForm } from "@/components/admin/policies/policy-form";
import { pageLocale, type LocaleParams } from "@/i18n/page-locale";
import { requirePageRole } from "@/lib/core/auth/page-guard";
import { getPolicyFormOptions } from "@/lib/policies/queries/admin";

export const dynamic = "force-dynamic";

export async function generateMetadata(props: LocaleParams): Promise<Metadata> {
  const locale = await pageLocale(props);
  const t = await getTranslations({ locale, namespace: "admin.policies" });
  return { title: t("newTitle") };
}

export default async function NewPolicy(props: LocaleParams) {
  const locale = await pageLocale(props);
  if (!(await requirePageRole("EDITOR", locale, "/admin/policies/new"))) return <NotAllowed />;
  const [t, options] = await Promise.all([getTranslations("admin.policies"), getPolicyFormOptions()]);
  return (
    <>
      <h1>{t("newTitle")}</h1>
      <PolicyForm id={null} policy={null} options={options} />
    </>
  );
}
