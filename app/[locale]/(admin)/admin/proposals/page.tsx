import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { NotAllowed } from "@/components/admin/not-allowed";
import { ReviewForm } from "@/components/admin/proposals/review-form";
import { pageLocale, type LocaleParams } from "@/i18n/page-locale";
import { requirePageRole } from "@/lib/core/auth/page-guard";
import { countryName } from "@/lib/core/i18n/country-names";
import { ProposalTable } from "@/components/focal/proposal-table";
import { getPendingProposals, getRecentlyDecided, RECENT_DAYS, type ProposedChange } from "@/lib/focal/queries";

export const dynamic = "force-dynamic";

export async function generateMetadata(props: LocaleParams): Promise<Metadata> {
  const locale = await pageLocale(props);
  const t = await getTranslations({ locale, namespace: "focal" });
  return { title: t("queueTitle") };
}

/** The secretariat's queue of focal-point proposals: each with what it changes, field by field, and accept / reject. */
export default async function ProposalsQueue(props: LocaleParams) {
  const locale = await pageLocale(props);
  if (!(await requirePageRole("EDITOR", locale, "/admin/proposals"))) return <NotAllowed />;
  const [t, tr, tp, format, pending] = await Promise.all([getTranslations("focal"), getTranslations("regulationAdmin"), getTranslations("admin.policies"), getFormatter(), getPendingProposals()]);
  const decided = await getRecentlyDecided();

  const label = (kind: string, field: string) => {
    // Field names are the staff forms' own; an unknown one (never expected) shows as it is.
    type EntryKey = Parameters<typeof tr>[0];
    type PolicyKey = Parameters<typeof tp>[0];
    if (kind === "REGULATION_ENTRY") return tr.has(`fields.${field}` as EntryKey) ? tr(`fields.${field}` as EntryKey) : field;
    return tp.has(field as PolicyKey) ? tp(field as PolicyKey) : field;
  };
  const show = (value: unknown): string => {
    if (value === null || value === undefined || value === "") return t("empty");
    if (typeof value === "boolean") return value ? t("yes") : t("no");
    if (Array.isArray(value)) return value.length === 0 ? t("empty") : value.map((v) => (typeof v === "object" && v !== null ? Object.values(v).filter(Boolean).join(" · ") : String(v))).join("; ");
    return String(value);
  };
  const diff = (kind: string, changes: ProposedChange[]) => (
    <table className="data-table proposal-diff">
      <thead>
        <tr>
          <th scope="col">{t("fieldCol")}</th>
          <th scope="col">{t("currentCol")}</th>
          <th scope="col">{t("proposedCol")}</th>
        </tr>
      </thead>
      <tbody>
        {changes.map((c) => (
          <tr key={c.field}>
            <th scope="row">{label(kind, c.field)}</th>
            <td>{show(c.before)}</td>
            <td>
              <ins>{show(c.after)}</ins>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );

  return (
    <>
      <header className="view-header">
        <h1>{t("queueTitle")}</h1>
        <p className="view-header__lead">{t("queueLead")}</p>
      </header>
      <p role="status">{t("pendingCount", { count: pending.length })}</p>
      {pending.map((p) => (
        <section key={p.id} className="card proposal" aria-labelledby={`proposal-${p.id}`}>
          <h2 id={`proposal-${p.id}`}>
            {countryName(p.economyIso3, locale)} — {t(`kinds.${p.kind}`, { code: p.indicatorCode ?? "", name: p.policyName ?? "" })}
          </h2>
          <p className="card__note">{t("from", { email: p.proposedBy, economy: countryName(p.economyIso3, locale), date: format.dateTime(p.createdAt, { dateStyle: "medium" }) })}</p>
          <blockquote className="proposal__note">{p.note}</blockquote>
          {p.changes.length ? diff(p.kind, p.changes) : <p>{t("noChange")}</p>}
          {p.stale ? (
            <p className="form__error" role="note">
              {t("stale")}
            </p>
          ) : null}
          <ReviewForm id={p.id} stale={p.stale} kind={p.kind} />
        </section>
      ))}
      <section className="card" aria-labelledby="decided-heading">
        <h2 id="decided-heading">{t("decidedHeading", { days: RECENT_DAYS })}</h2>
        {decided.length === 0 ? (
          <p>{t("noneDecided")}</p>
        ) : (
          <ProposalTable rows={decided} caption={t("decidedHeading", { days: RECENT_DAYS })} mode="decided" />
        )}
      </section>
    </>
  );
}
