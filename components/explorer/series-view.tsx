import { getFormatter, getTranslations } from "next-intl/server";
import type { SeriesPoint } from "@/lib/explorer/queries/region-overview";
import { formatPeriod } from "@/lib/explorer/format";
import type { Display, Granularity } from "@/lib/explorer/view-state/options";
import { VisitsChart } from "./visits-chart";

const MONTHS_IN: Record<Granularity, number> = { month: 1, quarter: 3, year: 12 };

/** Total visits per period, as a chart or as its table equivalent. */
export async function SeriesView({
  series,
  granularity,
  display,
  chartLabel,
}: {
  series: SeriesPoint[];
  granularity: Granularity;
  display: Display;
  chartLabel: string;
}) {
  const [t, format] = await Promise.all([getTranslations("explorer"), getFormatter()]);
  if (series.length === 0) return <p className="empty">{t("empty")}</p>;
  if (display === "chart") {
    return (
      <VisitsChart
        series={[{ key: "visits", label: t("columnVisits"), points: series.map((p) => ({ period: p.period, value: p.visits })) }]}
        granularity={granularity}
        unitLabel={t("visitsUnit")}
        ariaLabel={chartLabel}
      />
    );
  }
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption className="visually-hidden">{chartLabel}</caption>
        <thead>
          <tr>
            <th scope="col">{t("columnPeriod")}</th>
            <th scope="col" className="numeric">
              {t("columnVisits")}
            </th>
          </tr>
        </thead>
        <tbody>
          {series.map((p) => (
            <tr key={p.period}>
              <th scope="row">
                {formatPeriod(p.period, granularity, format)}
                {p.months < MONTHS_IN[granularity] ? (
                  <span className="muted"> — {t("incompletePeriod", { months: p.months, expected: MONTHS_IN[granularity] })}</span>
                ) : null}
              </th>
              <td className="numeric">{format.number(p.visits)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
