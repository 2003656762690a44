import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { OriginRow } from "@/lib/explorer/queries/country";
import { countryName } from "@/lib/core/i18n/country-names";
import { localizedName } from "@/lib/core/i18n/localized";

/** Visitor origins: the largest ones, the rest summed; the other FEALAC region highlighted. */
export async function OriginTable({ rows, otherRegion, limit = 8 }: { rows: OriginRow[]; otherRegion: string | null; limit?: number }) {
  const [t, format, locale] = await Promise.all([getTranslations("explorer"), getFormatter(), getLocale()]);
  if (rows.length === 0) return <p className="empty">{t("empty")}</p>;
  // Unattributed visits ("OTHER") and the smaller origins are shown as one row.
  const named = rows.filter((r) => r.origin !== "OTHER");
  const shown = named.slice(0, limit);
  const rest = 1 - shown.reduce((sum, r) => sum + r.share, 0);
  const percent = (v: number) => format.number(v, { style: "percent", maximumFractionDigits: 1 });
  return (
    <table className="data-table">
      <thead>
        <tr>
          <th scope="col">{t("columnOrigin")}</th>
          <th scope="col" className="numeric">{t("columnShare")}</th>
        </tr>
      </thead>
      <tbody>
        {shown.map((row) => {
          const highlighted = otherRegion !== null && row.region === otherRegion;
          return (
            <tr key={row.origin} className={highlighted ? "highlight" : undefined}>
              <th scope="row">
                {row.nameEn && row.nameEs
                  ? localizedName({ nameEn: row.nameEn, nameEs: row.nameEs }, locale)
                  : countryName(row.origin, locale)}
                {highlighted ? <span className="tag">{t("otherRegionTag")}</span> : null}
              </th>
              <td className="numeric">
                <span className="bar" style={{ width: `${Math.round(row.share * 100)}%` }} aria-hidden="true" />
                {percent(row.share)}
              </td>
            </tr>
          );
        })}
        {rest > 0.0005 ? (
          <tr>
            <th scope="row">{t("originOther")}</th>
            <td className="numeric">{percent(rest)}</td>
          </tr>
        ) : null}
      </tbody>
    </table>
  );
}
