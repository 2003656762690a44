import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { localizedName } from "@/lib/core/i18n/localized";
import { verifiedShare } from "@/lib/regulations/coverage";
import type { CoverageRow } from "@/lib/regulations/cards/coverage";
import type { PillarRow } from "@/lib/regulations/queries/taxonomy";

/**
 * Economy × pillar matrix of the regulation coverage view: each cell gives the
 * indicators with a sourced entry, of the pillar's indicators, and the share
 * of those verified; a cell with none sourced shows a dash (unknown, not 0).
 * Each header carries the CSV column its leading figure comes from
 * (data-column), so the table and its CSV can be compared. The first column
 * stays in view when the matrix scrolls sideways on a narrow screen.
 */
export async function CoverageMatrix({ rows, pillars, csv }: { rows: CoverageRow[]; pillars: PillarRow[]; csv: string }) {
  const [t, format, locale] = await Promise.all([getTranslations("coverage"), getFormatter(), getLocale()]);
  const percent = (share: number) => format.number(share, { style: "percent", maximumFractionDigits: 0 });

  const cell = (economy: string, pillar: string, count: { indicators: number; sourced: number; verified: number }, key: string) => {
    if (count.sourced === 0) {
      return (
        <td key={key} className="coverage__cell coverage__cell--empty" title={t("cellEmpty", { economy, pillar, total: count.indicators })}>
          <span className="muted">–</span>
        </td>
      );
    }
    const share = verifiedShare(count) ?? 0;
    return (
      <td key={key} className="coverage__cell" title={t("cellTitle", { economy, pillar, sourced: count.sourced, total: count.indicators, verified: count.verified })}>
        {count.sourced}
        <span className="muted"> {t("cellOf", { total: count.indicators })}</span>
        <small className="muted">{t("verifiedShare", { share: percent(share) })}</small>
      </td>
    );
  };

  return (
    <>
      <div className="table-scroll coverage__scroll" tabIndex={0} role="region" aria-label={t("matrixCaption")}>
        <table className="data-table coverage" data-csv={csv}>
          <caption className="visually-hidden">{t("matrixCaption")}</caption>
          <thead>
            <tr>
              <th scope="col" className="coverage__corner" data-column="country">
                {t("economy")}
              </th>
              {pillars.map((p) => (
                <th key={p.code} scope="col" className="numeric" data-column={`${p.code.toLowerCase()}_sourced_indicators`}>
                  <abbr title={localizedName(p, locale)}>{p.code}</abbr>
                </th>
              ))}
              <th scope="col" className="numeric coverage__total" data-column="sourced_indicators">
                {t("total")}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.iso3}>
                <th scope="row" className="coverage__row">
                  <Link href={`/regulations/economy/${row.iso3.toLowerCase()}`}>{row.name}</Link>
                </th>
                {pillars.map((p) => cell(row.name, localizedName(p, locale), row.pillars[p.code] ?? { indicators: p.indicators, sourced: 0, verified: 0 }, p.code))}
                {cell(row.name, t("total"), row.total, "total")}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="card__note">{t("legend")}</p>
    </>
  );
}
