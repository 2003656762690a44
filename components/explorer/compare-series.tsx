import { getFormatter, getTranslations } from "next-intl/server";
import type { ComparePoint } from "@/lib/explorer/queries/compare";
import { formatPeriod } from "@/lib/explorer/format";
import type { Display, Granularity, Measure } from "@/lib/explorer/view-state/options";
import { CompareLegend } from "./compare-legend";
import { VisitsChart } from "./visits-chart";

const MONTHS_IN: Record<Granularity, number> = { month: 1, quarter: 3, year: 12 };

/** The chosen items' series as one multi-line chart with its legend, or as a table with a column per item. */
export async function CompareSeries({
  items,
  points,
  measure,
  granularity,
  display,
}: {
  /** In the order chosen, which is also the order of the chart's colours. */
  items: Array<{ key: string; label: string }>;
  points: ComparePoint[];
  measure: Measure;
  granularity: Granularity;
  display: Display;
}) {
  const [t, te, format] = await Promise.all([getTranslations("compare"), getTranslations("explorer"), getFormatter()]);
  const value = (p: ComparePoint) => (measure === "visits" ? p.visits : p.perInternetUser);
  const measureName = t(`measures.${measure}`);
  const names = items.map((i) => i.label).join(", ");
  const byItem = new Map(items.map((i) => [i.key, new Map<string, ComparePoint>()]));
  for (const p of points) byItem.get(p.key)?.set(p.period, p);

  if (display === "chart") {
    // A period with fewer months than its length would show as a fall that did not happen.
    const complete = (p: ComparePoint) => p.months === MONTHS_IN[granularity];
    const incomplete = [...new Set(points.filter((p) => !complete(p)).map((p) => p.period))].sort();
    return (
      <>
        <VisitsChart
          series={items.map((item) => ({
            key: item.key,
            label: item.label,
            points: [...(byItem.get(item.key)?.values() ?? [])].flatMap((p) => {
              const v = value(p);
              return v === null || !complete(p) ? [] : [{ period: p.period, value: v }];
            }),
          }))}
          granularity={granularity}
          unitLabel={t(`units.${measure}`)}
          ariaLabel={t("chartLabel", { measure: measureName, items: names })}
        />
        <CompareLegend label={t("legendLabel")} items={items} />
        {incomplete.length ? (
          <p className="card__note">
            {t("incompleteLeftOut", { periods: incomplete.map((p) => formatPeriod(p, granularity, format)).join(", ") })}
          </p>
        ) : null}
      </>
    );
  }

  const periods = [...new Set(points.map((p) => p.period))].sort();
  const formatValue = (v: number) =>
    measure === "visits" ? format.number(v) : format.number(v, { maximumSignificantDigits: 3 });
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption className="visually-hidden">{t("tableCaption", { measure: measureName, items: names })}</caption>
        <thead>
          <tr>
            <th scope="col">{te("columnPeriod")}</th>
            {items.map((item) => (
              <th key={item.key} scope="col" className="numeric">
                {item.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {periods.map((period) => {
            const row = items.map((item) => byItem.get(item.key)?.get(period));
            const months = Math.min(...row.flatMap((p) => (p ? [p.months] : [])));
            return (
              <tr key={period}>
                <th scope="row">
                  {formatPeriod(period, granularity, format)}
                  {months < MONTHS_IN[granularity] ? (
                    <span className="muted"> — {te("incompletePeriod", { months, expected: MONTHS_IN[granularity] })}</span>
                  ) : null}
                </th>
                {row.map((p, i) => {
                  const v = p ? value(p) : null;
                  return (
                    <td key={items[i].key} className="numeric">
                      {v !== null ? formatValue(v) : p ? <span className="muted">{t("notAvailable")}</span> : "—"}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
