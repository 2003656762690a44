import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { NotAllowed } from "@/components/admin/not-allowed";
import { BULK_FORM_ID, BulkVerifyForm } from "@/components/admin/verification/bulk-verify-form";
import { VerifyButtons } from "@/components/admin/verification/verify-buttons";
import { CitationList } from "@/components/ui/citation-list";
import { VerificationNote } from "@/components/ui/verification-note";
import { Link } from "@/i18n/navigation";
import { pageLocale } from "@/i18n/page-locale";
import type { Locale } from "@/i18n/routing";
import { requirePageRole } from "@/lib/core/auth/page-guard";
import { localizedName } from "@/lib/core/i18n/localized";
import { listPoliciesToVerify } from "@/lib/policies/queries/verification-queue";
import { listEntriesToVerify, listIndicatorsToVerify } from "@/lib/regulations/queries/verification-queue";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(props: Props): Promise<Metadata> {
  const locale = await pageLocale(props);
  const t = await getTranslations({ locale, namespace: "verifyQueue" });
  return { title: t("title") };
}

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";

/**
 * The "to verify" queue: imported or changed facts that no staff member has
 * checked against their sources yet, weakest sources first, each with its
 * citations beside the decision; one indicator's entries can be verified in
 * one step.
 */
export default async function VerificationQueue(props: Props) {
  const locale = await pageLocale(props);
  const actor = await requirePageRole("EDITOR", locale, "/admin/verify");
  if (!actor) return <NotAllowed />;
  const search = await props.searchParams;
  const tab = first(search.tab) === "policies" ? "policies" : "entries";
  const requested = first(search.indicator);
  const [t, ta, tr, indicators] = await Promise.all([getTranslations("verifyQueue"), getTranslations("admin"), getTranslations("regulationAdmin"), listIndicatorsToVerify()]);
  const indicator = indicators.find((i) => i.code === requested) ?? null;

  return (
    <>
      <p className="breadcrumb">
        <Link href="/admin">{ta("title")}</Link>
      </p>
      <header className="view-header">
        <h1>{t("title")}</h1>
        <p className="view-header__lead">{t("lead")}</p>
      </header>
      <nav className="tabs" aria-label={t("title")}>
        <Link href="/admin/verify" aria-current={tab === "entries" ? "page" : undefined}>{t("tabEntries")}</Link>
        <Link href="/admin/verify?tab=policies" aria-current={tab === "policies" ? "page" : undefined}>{t("tabPolicies")}</Link>
      </nav>
      {tab === "entries" ? (
        <EntriesQueue indicator={indicator} indicators={indicators} locale={locale} t={t} tr={tr} actorId={actor.id} />
      ) : (
        <PoliciesQueue locale={locale} t={t} actorId={actor.id} />
      )}
    </>
  );
}

type T = Awaited<ReturnType<typeof getTranslations<"verifyQueue">>>;
type TR = Awaited<ReturnType<typeof getTranslations<"regulationAdmin">>>;

async function EntriesQueue({ indicator, indicators, locale, t, tr, actorId }: {
  indicator: Awaited<ReturnType<typeof listIndicatorsToVerify>>[number] | null;
  indicators: Awaited<ReturnType<typeof listIndicatorsToVerify>>;
  locale: Locale;
  t: T;
  tr: TR;
  actorId: number;
}) {
  const { rows, total } = await listEntriesToVerify(indicator?.code ?? null, actorId);
  return (
    <>
      <form method="get" className="regulation-admin-filters">
        <label>
          {t("filterIndicator")}
          <select name="indicator" defaultValue={indicator?.code ?? ""}>
            <option value="">{t("allIndicators")}</option>
            {indicators.map((i) => (
              <option key={i.code} value={i.code}>
                {i.code} {localizedName(i, locale)} ({i.count})
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="button">{t("apply")}</button>
      </form>
      <p role="status">{t("showing", { shown: rows.length, total })}</p>
      {indicator && rows.length > 0 ? (
        <section className="card" aria-labelledby="bulk-heading">
          <h2 id="bulk-heading">{t("bulkTitle")}</h2>
          <p className="card__note">{t("bulkLead")}</p>
          <BulkVerifyForm indicatorId={rows[0].indicatorId} />
        </section>
      ) : rows.length > 0 ? (
        <p className="card__note">{t("bulkNeedsIndicator")}</p>
      ) : null}
      <ol className="verify-queue">
        {rows.map((e) => {
          const what = `${localizedName({ nameEn: e.countryEn, nameEs: e.countryEs }, locale)} — ${e.indicatorCode} ${localizedName({ nameEn: e.indicatorEn, nameEs: e.indicatorEs }, locale)}`;
          return (
            <li key={e.id} className="card verify-queue__item">
              <h2 className="verify-queue__title">
                {indicator && e.verification !== "VERIFIED" ? (
                  <input type="checkbox" form={BULK_FORM_ID} name="entry" value={`${e.id}:${e.version}`} id={`entry-${e.id}`} aria-label={t("bulkSelect", { what })} />
                ) : null}{" "}
                <Link href={`/admin/regulations/entries/${e.id}`}>{what}</Link>
              </h2>
              <p>
                <VerificationNote fact={e} />
              </p>
              <dl className="verify-queue__fact">
                <div>
                  <dt>{tr("fields.status")}</dt>
                  <dd>{tr(`statuses.${e.status as "IN_FORCE"}`)}{e.score === null ? "" : ` · ${tr("fields.score")} ${e.score}`}</dd>
                </div>
                {e.answer ? (
                  <div>
                    <dt>{tr("fields.answer")}</dt>
                    <dd>{e.answer}</dd>
                  </div>
                ) : null}
                {e.instrumentName ? (
                  <div>
                    <dt>{tr("fields.instrumentName")}</dt>
                    <dd>{e.instrumentName}</dd>
                  </div>
                ) : null}
              </dl>
              <div className="verify-queue__sources">
                <h3>{t("sources")}</h3>
                <CitationList citations={e.sources} />
              </div>
              <p className="verify-queue__actions">
                <Link href={`/admin/regulations/entries/${e.id}`} aria-label={t("editFor", { what })}>{t("edit")}</Link>
              </p>
              <VerifyButtons kind="entry" id={e.id} version={e.version} verification={e.verification} what={what} />
            </li>
          );
        })}
      </ol>
    </>
  );
}

async function PoliciesQueue({ locale, t, actorId }: { locale: Locale; t: T; actorId: number }) {
  const { rows, total } = await listPoliciesToVerify(actorId);
  return (
    <>
      <p role="status">{t("showing", { shown: rows.length, total })}</p>
      <ol className="verify-queue">
        {rows.map((p) => {
          const what = `${localizedName({ nameEn: p.countryEn, nameEs: p.countryEs }, locale)} — ${p.nameEn}`;
          return (
            <li key={p.id} className="card verify-queue__item">
              <h2 className="verify-queue__title">
                <Link href={`/admin/policies/${p.id}`}>{what}</Link>
              </h2>
              <p>
                <VerificationNote fact={p} />
              </p>
              <div className="verify-queue__sources">
                <h3>{t("sources")}</h3>
                <CitationList citations={p.sources} />
              </div>
              <p className="verify-queue__actions">
                <Link href={`/admin/policies/${p.id}`} aria-label={t("editFor", { what })}>{t("edit")}</Link>
              </p>
              <VerifyButtons kind="policy" id={p.id} version={p.version} verification={p.verification} what={what} />
            </li>
          );
        })}
      </ol>
    </>
  );
}
