import { COLUMNS } from "@/lib/core/columns";
import { citationsTextSql } from "@/lib/core/sources/citation";
import { countryPeriodFilters, filterSchema } from "@/lib/downloads/filters";
import { countryConditions, where, yearConditions } from "@/lib/downloads/sql";
import type { Dataset } from "@/lib/downloads/types";
import { countryColumns } from "./columns";

export const indicators: Dataset = {
  id: "indicators",
  description: "Country indicators (e-commerce pillars) by year, each with its source. Real, published values.",
  hasDataStatus: false,
  period: "year",
  filterNames: countryPeriodFilters,
  filters: filterSchema(countryPeriodFilters),
  columns: [
    ...countryColumns,
    { name: "indicator_code", type: "string", description: "Indicator code" },
    { name: "indicator", type: "string", description: "Indicator name (English)" },
    { ...COLUMNS.year, description: "Year the value refers to" },
    { name: "value", type: "number", description: "Value, in the row's unit" },
    { name: "unit", type: "string", description: "Unit of the value" },
    { name: "publisher", type: "string", description: "Publisher of the indicator" },
    { ...COLUMNS.sources, description: "Where the indicator series is published: publisher, title (date) <URL>, separated by ' | '" },
  ],
  sql: (s) => `
    SELECT c.iso3, c.name_en, c.region_code, i.code, i.name_en, v.year, v.value, i.unit_en, i.publisher, ${citationsTextSql("indicator_source", "indicator_code", "i.code")}
      FROM indicator_value v JOIN indicator i ON i.code = v.indicator_code JOIN country c ON c.iso3 = v.country_iso3
      ${where([...countryConditions(s), ...yearConditions(s, "v.year")])}
     ORDER BY c.iso3, i.sort_order, v.year`,
};
