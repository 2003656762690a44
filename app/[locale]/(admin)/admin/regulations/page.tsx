import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { NotAllowed } from "@/components/admin/not-allowed";
import { Link } from "@/i18n/navigation";
import { pageLocale, type LocaleParams } from "@/i18n/page-locale";
import { requirePageRole } from "@/lib/core/auth/page-guard";
import type { RegulationStatus } from "@/lib/generated/prisma/enums";
import { countPendingSuggestions, getStaffFilterOptions, listEntriesForStaff } from "@/lib/regulations/queries/admin";

export const dynamic = "force-dynamic";

type Props = LocaleParams & { searchParams: Promise<{ country?: string; pillar?: string }> };

export async function generateMetadata(props: Props): Promise<Metadata> {
  const locale = await pageLocale(props);
  const t = await getTranslations({ locale, namespace: "regulationAdmin" });
  return { title: t("title") };
}

/** Staff list of economy × indicator entries, filtered by economy and pillar (unknown values fall back to "all"). */
export default async function StaffRegulations(props: Props) {
  const locale = await pageLocale(props);
  if (!(await requirePageRole("EDITOR", locale, "/admin/regulations"))) return <NotAllowed />;
  const params = await props.searchParams;
  const [t, format, options, pending] = await Promise.all([getTranslations("regulationAdmin"), getFormatter(), getStaffFilterOptions(), countPendingSuggestions()]);
  const country = options.countries.find((c) => c.iso3 === params.country)?.iso3 ?? null;
  const pillar = options.pillars.find((p) => p.code === params.pillar)?.code ?? null;
  const { rows, total } = await listEntriesForStaff({ country, pillar });
  const name = (o: { nameEn: string; nameEs: string }) => (locale === "es" ? o.nameEs : o.nameEn);
  return (
    <>
      <header className="view-header">
        <h1>{t("title")}</h1>
        <p className="view-header__lead">{t("lead")}</p>
        <p className="regulation-admin-pending">
          {t("pending", { count: pending })} <Link href="/admin/regulations/suggestions">{t("reviewSuggestions")}</Link>
        </p>
        <form method="get" className="regulation-admin-filters">
          <label>
            {t("filterCountry")}
            <select name="country" defaultValue={country ?? ""}>
              <option value="">{t("all")}</option>
              {options.countries.map((c) => <option key={c.iso3} value={c.iso3}>{name(c)}</option>)}
            </select>
          </label>
          <label>
            {t("filterPillar")}
            <select name="pillar" defaultValue={pillar ?? ""}>
              <option value="">{t("all")}</option>
              {options.pillars.map((p) => <option key={p.code} value={p.code}>{`${p.code} — ${name(p)}`}</option>)}
            </select>
          </label>
          <button type="submit" className="button">{t("apply")}</button>
        </form>
      </header>
      {rows.length === 0 ? (
        <p className="empty">{t("empty")}</p>
      ) : (
        <>
          <p>
            {t("showing", { shown: rows.length, total })} {rows.length < total ? t("narrow") : null}
          </p>
          <div className="table-scroll">
            <table className="data-table regulation-admin-table">
              <thead>
                <tr>
                  <th scope="col">{t("economy")}</th>
                  <th scope="col">{t("indicator")}</th>
                  <th scope="col">{t("fields.status")}</th>
                  <th scope="col" className="numeric">{t("fields.score")}</th>
                  <th scope="col">{t("updated")}</th>
                  <th scope="col" className="numeric">{t("suggestionsColumn")}</th>
                  <th scope="col">{t("history")}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.id}>
                    <td>{locale === "es" ? r.country_es : r.country_en}</td>
                    <th scope="row">
                      <Link href={`/admin/regulations/entries/${r.id}`}>
                        {r.indicator_code} {locale === "es" ? r.indicator_es : r.indicator_en}
                      </Link>
                    </th>
                    <td className="nowrap">{t(`statuses.${r.status as RegulationStatus}`)}</td>
                    <td className="numeric">{r.score === null ? "—" : format.number(r.score)}</td>
                    <td className="nowrap">{format.dateTime(r.updated_at, { dateStyle: "medium" })}</td>
                    <td className="numeric">{r.pending}</td>
                    <td>
                      <Link href={`/admin/regulations/entries/${r.id}/history`}>{t("history")}</Link>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </>
  );
}
