import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { CountryRankingRow } from "@/lib/explorer/queries/region-overview";
import { localizedName } from "@/lib/core/i18n/localized";

export async function CountryRankingTable({ rows }: { rows: CountryRankingRow[] }) {
  const [t, format, locale] = await Promise.all([getTranslations("explorer"), getFormatter(), getLocale()]);
  if (rows.length === 0) return <p className="empty">{t("empty")}</p>;
  const percent = (v: number) => format.number(v, { style: "percent", maximumFractionDigits: 1 });
  return (
    <div className="table-scroll">
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{t("columnCountry")}</th>
            <th scope="col" className="numeric">
              {t("columnMarketplaces")}
            </th>
            <th scope="col" className="numeric">
              {t("columnVisits")}
            </th>
            <th scope="col" className="numeric">
              {t("columnGrowth")}
            </th>
            <th scope="col" className="numeric">
              {t("columnTop3")}
            </th>
            <th scope="col" className="numeric">
              {t("columnHhi")}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.iso3}>
              <th scope="row">
                <Link href={`/explorer/country/${row.iso3.toLowerCase()}`}>{localizedName(row, locale)}</Link>
              </th>
              <td className="numeric">{format.number(row.marketplaces)}</td>
              <td className="numeric">{format.number(row.visits)}</td>
              <td className="numeric">{row.growth === null ? t("notAvailable") : percent(row.growth)}</td>
              <td className="numeric">{percent(row.top3Share)}</td>
              <td className="numeric">{format.number(Math.round(row.hhi))}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
