import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { CountryMarketplaceRow } from "@/lib/explorer/queries/country";
import { Sparkline } from "./sparkline";

export async function MarketplaceRankingTable({ rows, year }: { rows: CountryMarketplaceRow[]; year: number }) {
  const [t, format] = await Promise.all([getTranslations("explorer"), getFormatter()]);
  if (rows.length === 0) return <p className="empty">{t("empty")}</p>;
  const percent = (v: number) => format.number(v, { style: "percent", maximumFractionDigits: 1 });
  return (
    <div className="table-scroll">
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col" className="numeric">{t("columnRank")}</th>
            <th scope="col">{t("columnMarketplace")}</th>
            <th scope="col" className="numeric">{t("columnVisits")}</th>
            <th scope="col" className="numeric">{t("columnShare")}</th>
            <th scope="col" className="numeric">{t("columnGrowth")}</th>
            <th scope="col">{t("columnTrend")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={row.slug}>
              <td className="numeric">{i + 1}</td>
              <th scope="row">
                <Link href={`/explorer/marketplace/${row.slug}`}>{row.name}</Link> <span className="muted">{row.domain}</span>
              </th>
              <td className="numeric">{format.number(row.visits)}</td>
              <td className="numeric">{percent(row.share)}</td>
              <td className="numeric">{row.growth === null ? t("notAvailable") : percent(row.growth)}</td>
              <td>
                <Sparkline
                  values={row.monthly}
                  label={t("trendLabel", {
                    year,
                    min: format.number(Math.min(...row.monthly)),
                    max: format.number(Math.max(...row.monthly)),
                  })}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
