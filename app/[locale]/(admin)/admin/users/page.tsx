import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { CreateUserForm } from "@/components/admin/create-user-form";
import { NotAllowed } from "@/components/admin/not-allowed";
import { UserRowActions } from "@/components/admin/user-row-actions";
import { pageLocale, type LocaleParams } from "@/i18n/page-locale";
import { requirePageRole } from "@/lib/core/auth/page-guard";
import { listUsers } from "@/lib/users/queries";
import { countryName } from "@/lib/core/i18n/country-names";
import { getEconomies } from "@/lib/regulations/queries/taxonomy";

export const dynamic = "force-dynamic";

export async function generateMetadata(props: LocaleParams): Promise<Metadata> {
  const locale = await pageLocale(props);
  const t = await getTranslations({ locale, namespace: "admin.users" });
  return { title: t("title") };
}

export default async function UsersPage(props: LocaleParams) {
  const locale = await pageLocale(props);
  const actor = await requirePageRole("ADMIN", locale, "/admin/users");
  if (!actor) return <NotAllowed />;
  const [t, format, users, members] = await Promise.all([getTranslations("admin.users"), getFormatter(), listUsers(), getEconomies()]);
  const collator = new Intl.Collator(locale);
  const economies = members.map((e) => ({ iso3: e.iso3, name: countryName(e.iso3, locale) })).sort((a, b) => collator.compare(a.name, b.name));
  return (
    <>
      <header className="view-header">
        <h1>{t("title")}</h1>
        <p className="view-header__lead">{t("lead")}</p>
      </header>
      <section className="card" aria-labelledby="create-heading">
        <h2 id="create-heading">{t("createHeading")}</h2>
        <CreateUserForm economies={economies} />
      </section>
      <section className="card" aria-labelledby="list-heading">
        <h2 id="list-heading">{t("listHeading")}</h2>
        <div className="table-scroll">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t("email")}</th>
                <th scope="col">{t("name")}</th>
                <th scope="col">{t("role")}</th>
                <th scope="col">{t("status")}</th>
                <th scope="col">{t("lastSignIn")}</th>
                <th scope="col">{t("actions")}</th>
              </tr>
            </thead>
            <tbody>
              {users.map((u) => (
                <tr key={u.id} className={u.active ? undefined : "muted"}>
                  <th scope="row">{u.email}</th>
                  <td>{u.name ?? "—"}</td>
                  <td>
                    {t(`roles.${u.role}`)}
                    {u.economyIso3 ? ` (${countryName(u.economyIso3, locale)})` : null}
                  </td>
                  <td>{u.active ? t("active") : t("inactive")}</td>
                  <td>{u.lastLoginAt ? format.dateTime(u.lastLoginAt, { dateStyle: "medium", timeStyle: "short" }) : t("never")}</td>
                  <td>{u.id === actor.id ? t("you") : <UserRowActions userId={u.id} email={u.email} role={u.role} active={u.active} />}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </>
  );
}
