import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { NotAllowed } from "@/components/admin/not-allowed";
import { OptionLinks } from "@/components/ui/option-links";
import { Link } from "@/i18n/navigation";
import { pageLocale, type LocaleParams } from "@/i18n/page-locale";
import { requirePageRole } from "@/lib/core/auth/page-guard";
import { WorkflowState } from "@/lib/generated/prisma/enums";
import { listPoliciesForStaff } from "@/lib/policies/queries/admin";

export const dynamic = "force-dynamic";

const STATES = ["all", ...Object.values(WorkflowState)] as const;
type Props = LocaleParams & { searchParams: Promise<{ state?: string }> };

export async function generateMetadata(props: Props): Promise<Metadata> {
  const locale = await pageLocale(props);
  const t = await getTranslations({ locale, namespace: "admin.policies" });
  return { title: t("title") };
}

export default async function StaffPolicies(props: Props) {
  const locale = await pageLocale(props);
  if (!(await requirePageRole("EDITOR", locale, "/admin/policies"))) return <NotAllowed />;
  const raw = (await props.searchParams).state;
  const state = STATES.find((s) => s === raw) ?? "all";
  const [t, format, policies] = await Promise.all([
    getTranslations("admin.policies"),
    getFormatter(),
    listPoliciesForStaff(state === "all" ? undefined : state),
  ]);
  return (
    <>
      <header className="view-header">
        <h1>{t("title")}</h1>
        <p className="view-header__lead">{t("lead")}</p>
        <p>
          <Link className="button" href="/admin/policies/new">
            {t("new")}
          </Link>
        </p>
        <OptionLinks label={t("stateLabel")} options={STATES} current={state} href={(s) => (s === "all" ? "/admin/policies" : `/admin/policies?state=${s}`)} name={(s) => (s === "all" ? t("all") : t(`states.${s}`))} />
      </header>
      {policies.length === 0 ? (
        <p className="empty">{t("empty")}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t("nameEn")}</th>
                <th scope="col">{t("country")}</th>
                <th scope="col">{t("stateLabel")}</th>
                <th scope="col" className="numeric">{t("version")}</th>
                <th scope="col">{t("updated")}</th>
                <th scope="col">{t("history")}</th>
              </tr>
            </thead>
            <tbody>
              {policies.map((p) => (
                <tr key={p.id}>
                  <th scope="row">
                    <Link href={`/admin/policies/${p.id}`}>{p.nameEn}</Link>
                  </th>
                  <td>{p.countryIso3}</td>
                  <td>{t(`states.${p.workflowState}`)}</td>
                  <td className="numeric">{p.version}</td>
                  <td>{format.dateTime(p.updatedAt, { dateStyle: "medium" })}</td>
                  <td>
                    <Link href={`/admin/policies/${p.id}/history`}>{t("history")}</Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
