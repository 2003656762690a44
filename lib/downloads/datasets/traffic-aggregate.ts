/** Quarterly and annual totals of monthly visits, summed in SQL. */
import { COLUMNS } from "@/lib/core/columns";
import { filterSchema, periodFilters } from "@/lib/downloads/filters";
import { demoStatus, MARKETPLACE_JOIN, marketplaceConditions, monthConditions, where } from "@/lib/downloads/sql";
import type { Dataset } from "@/lib/downloads/types";
import { MARKETPLACE_SELECT, marketplaceColumns } from "./columns";

function aggregate(unit: "quarter" | "year"): Dataset {
  const label = unit === "quarter" ? "to_char(p.period_start, 'YYYY-\"Q\"Q')" : "to_char(p.period_start, 'YYYY')";
  return {
    id: unit === "quarter" ? "traffic-quarterly" : "traffic-annual",
    description: `Total visits per marketplace and ${unit}, summed from the monthly series.`,
    hasDataStatus: true,
    period: unit,
    filterNames: periodFilters,
    filters: filterSchema(periodFilters),
    columns: [
      { ...COLUMNS.periodStart, description: `First day of the ${unit} (ISO 8601)` },
      { name: "period", type: "string", description: unit === "quarter" ? "Quarter, YYYY-Qn" : "Year, YYYY" },
      ...marketplaceColumns,
      { ...COLUMNS.visits, unit: `visits per ${unit}`, description: `Sum of the monthly visits in the ${unit}` },
      { ...COLUMNS.monthsWithData, unit: "months", description: `Months of the ${unit} that have a figure` },
      COLUMNS.dataStatus,
    ],
    sql: (s) => `
      SELECT p.period_start, ${label}, ${MARKETPLACE_SELECT}, p.visits, p.months, ${demoStatus("p.demo")}
        FROM (SELECT t.marketplace_id, date_trunc('${unit}', t.month)::date AS period_start,
                     sum(t.visits)::bigint AS visits, count(*)::int AS months, bool_or(t.is_demo) AS demo
                FROM traffic_monthly t ${MARKETPLACE_JOIN}
                ${where([...marketplaceConditions(s), ...monthConditions(s, "t.month")])}
               GROUP BY 1, 2) p
        JOIN marketplace m ON m.id = p.marketplace_id JOIN country c ON c.iso3 = m.country_iso3
       ORDER BY m.slug, p.period_start`,
  };
}

export const trafficQuarterly = aggregate("quarter");
export const trafficAnnual = aggregate("year");
