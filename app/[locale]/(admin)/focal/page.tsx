import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { NotFocalPoint } from "@/components/focal/not-focal-point";
import { Link } from "@/i18n/navigation";
import { pageLocale, type LocaleParams } from "@/i18n/page-locale";
import { countryName } from "@/lib/core/i18n/country-names";
import { localizedName } from "@/lib/core/i18n/localized";
import { requireFocalPoint } from "@/lib/focal/page-guard";
import { getEconomyEntries, getEconomyPolicies, getOwnProposals } from "@/lib/focal/queries";
import { ProposalTable } from "@/components/focal/proposal-table";

export const dynamic = "force-dynamic";

export async function generateMetadata(props: LocaleParams): Promise<Metadata> {
  const locale = await pageLocale(props);
  const t = await getTranslations({ locale, namespace: "focal" });
  return { title: t("title") };
}

/** A focal point's home: their proposals and their state, then their economy's entries and measures to propose changes to. */
export default async function FocalHome(props: LocaleParams) {
  const locale = await pageLocale(props);
  const actor = await requireFocalPoint(locale, "/focal");
  if (!actor) return <NotFocalPoint />;
  const economy = countryName(actor.economyIso3, locale);
  const [t, tr, format, proposals, entries, policies] = await Promise.all([
    getTranslations("focal"),
    getTranslations("regulationAdmin"),
    getFormatter(),
    getOwnProposals(actor.id),
    getEconomyEntries(actor.economyIso3),
    getEconomyPolicies(actor.economyIso3),
  ]);
  return (
    <>
      <header className="view-header">
        <h1>{t("title")}</h1>
        <p className="view-header__lead">{t("lead", { economy })}</p>
      </header>

      <section className="card" aria-labelledby="own-heading">
        <h2 id="own-heading">{t("ownHeading")}</h2>
        {proposals.length === 0 ? (
          <p>{t("none")}</p>
        ) : (
          <ProposalTable rows={proposals} caption={t("ownHeading")} mode="own" />
        )}
      </section>

      <section className="card" aria-labelledby="entries-heading">
        <h2 id="entries-heading">{t("entriesHeading", { economy })}</h2>
        <p className="card__note">{t("entriesLead")}</p>
        <div className="table-scroll table-scroll--tall">
          <table className="data-table">
            <caption className="visually-hidden">{t("entriesHeading", { economy })}</caption>
            <thead>
              <tr>
                <th scope="col">{t("entryCol")}</th>
                <th scope="col">{t("currentCol")}</th>
                <th scope="col">{t("actionCol")}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e) => (
                <tr key={e.id}>
                  <th scope="row">
                    {e.indicator.code} — {localizedName(e.indicator, locale)}
                  </th>
                  <td>
                    {tr(`statuses.${e.status}`)}
                    {e.score === null ? null : ` · ${format.number(Number(e.score), { minimumFractionDigits: 1 })}`}
                  </td>
                  <td>
                    <Link href={`/focal/entries/${e.id}`} aria-label={t("proposeChangeTo", { name: e.indicator.code })}>
                      {t("proposeChange")}
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section className="card" aria-labelledby="policies-heading">
        <h2 id="policies-heading">{t("policiesHeading", { economy })}</h2>
        <p>
          <Link className="button" href="/focal/policies/new">
            {t("proposeNew")}
          </Link>
        </p>
        {policies.length === 0 ? (
          <p>{t("noPolicies")}</p>
        ) : (
          <ul>
            {policies.map((p) => (
              <li key={p.id}>
                {p.nameEn} — <Link href={`/focal/policies/${p.id}`} aria-label={t("proposeChangeTo", { name: p.nameEn })}>{t("proposeChange")}</Link>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
