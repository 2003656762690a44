import { getFormatter, getTranslations } from "next-intl/server";
import type { TopMarketplaceRow } from "@/lib/explorer/queries/region-overview";

export async function TopMarketplacesTable({ rows }: { rows: TopMarketplaceRow[] }) {
  const [t, format] = await Promise.all([getTranslations("explorer"), getFormatter()]);
  if (rows.length === 0) return <p className="empty">{t("empty")}</p>;
  return (
    <div className="table-scroll">
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col" className="numeric">
              {t("columnRank")}
            </th>
            <th scope="col">{t("columnMarketplace")}</th>
            <th scope="col">{t("columnCountry")}</th>
            <th scope="col" className="numeric">
              {t("columnVisits")}
            </th>
            <th scope="col" className="numeric">
              {t("columnShare")}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={row.slug}>
              <td className="numeric">{i + 1}</td>
              <th scope="row">
                {row.name} <span className="muted">{row.domain}</span>
              </th>
              <td>{row.countryIso3}</td>
              <td className="numeric">{format.number(row.visits)}</td>
              <td className="numeric">{format.number(row.share, { style: "percent", maximumFractionDigits: 1 })}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
