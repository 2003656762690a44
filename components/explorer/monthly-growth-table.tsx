import { getFormatter, getTranslations } from "next-intl/server";
import type { MonthlyGrowthRow } from "@/lib/explorer/queries/marketplace";
import { formatPeriod } from "@/lib/explorer/format";

export async function MonthlyGrowthTable({ rows }: { rows: MonthlyGrowthRow[] }) {
  const [t, format] = await Promise.all([getTranslations("explorer"), getFormatter()]);
  if (rows.length === 0) return <p className="empty">{t("empty")}</p>;
  const percent = (v: number | null) => (v === null ? t("notAvailable") : format.number(v, { style: "percent", maximumFractionDigits: 1, signDisplay: "exceptZero" }));
  return (
    <div className="table-scroll table-scroll--tall">
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{t("columnMonth")}</th>
            <th scope="col" className="numeric">{t("columnVisits")}</th>
            <th scope="col" className="numeric">{t("columnMom")}</th>
            <th scope="col" className="numeric">{t("columnYoy")}</th>
          </tr>
        </thead>
        <tbody>
          {[...rows].reverse().map((row) => (
            <tr key={row.month}>
              <th scope="row">{formatPeriod(row.month, "month", format)}</th>
              <td className="numeric">{format.number(row.visits)}</td>
              <td className="numeric">{percent(row.mom)}</td>
              <td className="numeric">{percent(row.yoy)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
