import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { NotAllowed } from "@/components/admin/not-allowed";
import { PolicyForm } from "@/components/admin/policies/policy-form";
import { WorkflowButtons } from "@/components/admin/policies/workflow-buttons";
import { Link } from "@/i18n/navigation";
import { pageLocale } from "@/i18n/page-locale";
import { requirePageRole } from "@/lib/core/auth/page-guard";
import { getPolicyForEditing, getPolicyFormOptions } from "@/lib/policies/queries/admin";
import { VerifyButtons } from "@/components/admin/verification/verify-buttons";
import { VerificationNote } from "@/components/ui/verification-note";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<{ created?: string }> };

export async function generateMetadata(props: Props): Promise<Metadata> {
  const locale = await pageLocale(props);
  const t = await getTranslations({ locale, namespace: "admin.policies" });
  return { title: t("editTitle") };
}

export default async function EditPolicy(props: Props) {
  const locale = await pageLocale(props);
  const { id: raw } = await props.params;
  if (!(await requirePageRole("EDITOR", locale, `/admin/policies/${raw}`))) return <NotAllowed />;
  const id = /^\d{1,9}$/.test(raw) ? Number(raw) : NaN;
  const [t, tq, policy, options] = await Promise.all([
    getTranslations("admin.policies"),
    getTranslations("verifyQueue"),
    Number.isNaN(id) ? null : getPolicyForEditing(id),
    getPolicyFormOptions(),
  ]);
  if (!policy) notFound();
  const created = (await props.searchParams).created === "1";
  return (
    <>
      <p className="breadcrumb">
        <Link href="/admin/policies">{t("title")}</Link> · <Link href={`/admin/policies/${id}/history`}>{t("history")}</Link>
      </p>
      <h1>{t("editTitle")}</h1>
      {created ? <p className="notice" role="status">{t("created")}</p> : null}
      <section className="card" aria-labelledby="workflow-heading">
        <h2 id="workflow-heading">{t("workflow")}</h2>
        <WorkflowButtons key={policy.version} id={id} version={policy.version} state={policy.workflowState} />
      </section>
      {/* A publication change reloads the form (it changes the version); a save keeps what is typed. */}
      <section className="card" aria-labelledby="verification-heading">
        <h2 id="verification-heading">{tq("panelTitle")}</h2>
        <p>
          <VerificationNote fact={{ ...policy, verifiedOn: policy.verifiedOn ? new Date(`${policy.verifiedOn}T00:00:00Z`) : null }} />
        </p>
        <VerifyButtons kind="policy" id={id} version={policy.version} verification={policy.verification} what={policy.nameEn} />
      </section>
      <PolicyForm key={`${id}:${policy.workflowState}`} id={id} policy={policy} options={options} />
    </>
  );
}
