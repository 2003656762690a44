import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { countryName } from "@/lib/core/i18n/country-names";
import type { ProposalRow } from "@/lib/focal/queries";

/**
 * Proposals with their state and the secretariat's answer: a focal point's
 * own ("sent" on), or the queue's recent decisions ("decided" by whom,
 * with a link to what was saved, which only staff may open).
 */
export async function ProposalTable({ rows, caption, mode }: { rows: readonly ProposalRow[]; caption: string; mode: "own" | "decided" }) {
  const [t, format, locale] = await Promise.all([getTranslations("focal"), getFormatter(), getLocale()]);
  const date = (d: Date) => format.dateTime(d, { dateStyle: "medium" });
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("kindCol")}</th>
            <th scope="col">{mode === "own" ? t("sentCol") : t("decidedByCol")}</th>
            <th scope="col">{t("stateCol")}</th>
            <th scope="col">{t("reviewCol")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((p) => (
            <tr key={p.id}>
              <th scope="row">
                {mode === "decided" ? `${countryName(p.economyIso3, locale)} — ` : null}
                {t(`kinds.${p.kind}`, { code: p.indicatorCode ?? "", name: p.policyName ?? "" })}
              </th>
              <td>{mode === "own" ? date(p.createdAt) : `${p.reviewedBy ?? ""}${p.reviewedAt ? `, ${date(p.reviewedAt)}` : ""}`}</td>
              <td>
                <span className={`proposal-state proposal-state--${p.state.toLowerCase()}`}>{t(`states.${p.state}`)}</span>
              </td>
              <td>
                {mode === "own" && p.reviewedAt ? `${date(p.reviewedAt)}: ` : null}
                {p.state === "ACCEPTED" && p.appliedVersion !== null ? (
                  mode === "decided" ? (
                    <Link href={p.kind === "POLICY" ? `/admin/policies/${p.policyId}` : `/admin/regulations/entries/${p.entryId}`}>{t("acceptedAs", { version: p.appliedVersion })}</Link>
                  ) : (
                    t("acceptedAs", { version: p.appliedVersion })
                  )
                ) : (
                  p.reviewReason
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
