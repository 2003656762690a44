import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { CountryIndicatorRow } from "@/lib/explorer/queries/country";

/** A country's real indicator values, each with its year and source. */
export async function IndicatorsTable({ rows }: { rows: CountryIndicatorRow[] }) {
  const [t, format, locale] = await Promise.all([getTranslations("explorer"), getFormatter(), getLocale()]);
  if (rows.length === 0) return <p className="empty">{t("noIndicators")}</p>;
  return (
    <div className="table-scroll">
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{t("columnIndicator")}</th>
            <th scope="col" className="numeric">{t("columnValue")}</th>
            <th scope="col" className="numeric">{t("columnYear")}</th>
            <th scope="col">{t("columnSource")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.code}>
              <th scope="row">
                {locale === "es" ? row.nameEs : row.nameEn}
                <br />
                <span className="muted small">{locale === "es" ? row.unitEs : row.unitEn}</span>
              </th>
              <td className="numeric">{format.number(row.value, { maximumFractionDigits: row.value >= 1000 ? 0 : 1 })}</td>
              <td className="numeric">{row.year}</td>
              <td className="small">{row.source}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
