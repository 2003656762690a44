/** Annual shares of a marketplace's visits by origin, gender and age group. */
import { COLUMNS, type ColumnSpec } from "@/lib/core/columns";
import { filterSchema, periodFilters } from "@/lib/downloads/filters";
import { demoStatus, MARKETPLACE_JOIN, marketplaceConditions, where, yearConditions } from "@/lib/downloads/sql";
import type { Dataset } from "@/lib/downloads/types";
import { MARKETPLACE_SELECT, marketplaceColumns } from "./columns";

/** `key` is the table's column that `keyColumn` reads. */
function breakdown(id: string, table: string, key: string, keyColumn: ColumnSpec, what: string): Dataset {
  return {
    id,
    description: `Annual share of each marketplace's visits by ${what}.`,
    hasDataStatus: true,
    period: "year",
    filterNames: periodFilters,
    filters: filterSchema(periodFilters),
    columns: [
      COLUMNS.year,
      ...marketplaceColumns,
      keyColumn,
      { ...COLUMNS.shareOfVisits, description: "Share of the year's visits (0–1); shares of one marketplace and year add up to 1" },
      { name: "source", type: "string", description: "Where the figure comes from" },
      COLUMNS.dataStatus,
    ],
    sql: (s) => `
      SELECT t.year, ${MARKETPLACE_SELECT}, t.${key}::text, t.share, t.source, ${demoStatus("t.is_demo")}
        FROM ${table} t ${MARKETPLACE_JOIN}
        ${where([...marketplaceConditions(s), ...yearConditions(s, "t.year")])}
       ORDER BY m.slug, t.year, t.${key}`,
  };
}

export const originShares = breakdown("origin-shares", "origin_share", "origin", COLUMNS.originIso3, "visitor origin country");
export const genderShares = breakdown("gender-shares", "gender_share", "gender", { name: "gender", type: "string", description: "FEMALE or MALE" }, "gender");
export const ageShares = breakdown("age-shares", "age_share", "age_group", { name: "age_group", type: "string", description: "AGE_18_24 … AGE_65_PLUS" }, "age group");
