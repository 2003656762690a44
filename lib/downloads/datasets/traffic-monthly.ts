import { COLUMNS } from "@/lib/core/columns";
import { filterSchema, periodFilters } from "@/lib/downloads/filters";
import { demoStatus, MARKETPLACE_JOIN, marketplaceConditions, monthConditions, where } from "@/lib/downloads/sql";
import type { Dataset } from "@/lib/downloads/types";
import { MARKETPLACE_SELECT, marketplaceColumns } from "./columns";

export const trafficMonthly: Dataset = {
  id: "traffic-monthly",
  description: "Total monthly visits per marketplace (marketplace × month).",
  hasDataStatus: true,
  period: "month",
  filterNames: periodFilters,
  filters: filterSchema(periodFilters),
  columns: [
    { name: "month", type: "date", description: "First day of the month (ISO 8601)" },
    ...marketplaceColumns,
    { ...COLUMNS.visits, unit: "visits per month", description: "Total visits in the month" },
    { name: "source", type: "string", description: "Where the figure comes from" },
    COLUMNS.dataStatus,
  ],
  sql: (s) => `
    SELECT t.month, ${MARKETPLACE_SELECT}, t.visits, t.source, ${demoStatus("t.is_demo")}
      FROM traffic_monthly t ${MARKETPLACE_JOIN}
      ${where([...marketplaceConditions(s), ...monthConditions(s, "t.month")])}
     ORDER BY m.slug, t.month`,
};
