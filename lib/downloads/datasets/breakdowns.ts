/** Annual shares of a marketplace's visits by origin, gender and age group. */
import { filterSchema, periodFilters } from "@/lib/downloads/filters";
import { demoStatus, MARKETPLACE_JOIN, marketplaceConditions, where, yearConditions } from "@/lib/downloads/sql";
import type { Dataset } from "@/lib/downloads/types";
import { dataStatusColumn, MARKETPLACE_SELECT, marketplaceColumns } from "./columns";

function breakdown(id: string, table: string, key: string, keyName: string, keyDescription: string, what: string): Dataset {
  return {
    id,
    description: `Annual share of each marketplace's visits by ${what}.`,
    hasDataStatus: true,
    period: "year",
    filterNames: periodFilters,
    filters: filterSchema(periodFilters),
    columns: [
      { name: "year", type: "integer", description: "Calendar year" },
      ...marketplaceColumns,
      { name: keyName, type: "string", description: keyDescription },
      { name: "share", type: "number", unit: "share 0-1", description: `Share of the year's visits (0–1); shares of one marketplace and year add up to 1` },
      { name: "source", type: "string", description: "Where the figure comes from" },
      dataStatusColumn,
    ],
    sql: (s) => `
      SELECT t.year, ${MARKETPLACE_SELECT}, t.${key}::text, t.share, t.source, ${demoStatus("t.is_demo")}
        FROM ${table} t ${MARKETPLACE_JOIN}
        ${where([...marketplaceConditions(s), ...yearConditions(s, "t.year")])}
       ORDER BY m.slug, t.year, t.${key}`,
  };
}

export const originShares = breakdown("origin-shares", "origin_share", "origin", "origin", "Visitor origin: ISO 3166-1 alpha-3, or OTHER", "visitor origin country");
export const genderShares = breakdown("gender-shares", "gender_share", "gender", "gender", "FEMALE or MALE", "gender");
export const ageShares = breakdown("age-shares", "age_share", "age_group", "age_group", "AGE_18_24 … AGE_65_PLUS", "age group");
