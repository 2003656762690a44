/**
 * Column descriptions shared by every table the portal exports: per-view
 * CSVs, dataset downloads, the JSON API, OpenAPI and datapackage.json. One
 * convention everywhere: snake_case names, economies as `country_iso3`,
 * generated figures marked by `data_status`, units in the CSV header in
 * brackets (`share_of_visits [share 0-1]`).
 */

export type ColumnType = "string" | "integer" | "number" | "date" | "boolean";

/** A column's data-dictionary entry. */
export interface ColumnSpec {
  name: string;
  type: ColumnType;
  unit?: string;
  description: string;
}

/** Header of a column in CSV: its name, with the unit in brackets when it has one. */
export function csvHeader(column: ColumnSpec): string {
  return column.unit ? `${column.name} [${column.unit}]` : column.name;
}

export const DATA_STATUS = { demonstration: "demonstration", reported: "reported" } as const;
export type DataStatus = (typeof DATA_STATUS)[keyof typeof DATA_STATUS];

export function dataStatusOf(demo: boolean): DataStatus {
  return demo ? DATA_STATUS.demonstration : DATA_STATUS.reported;
}

export const COLUMNS = {
  dataStatus: {
    name: "data_status",
    type: "string",
    description: "demonstration: generated figures (not real traffic); reported: loaded from a declared source",
  },
  countryIso3: { name: "country_iso3", type: "string", description: "Economy, ISO 3166-1 alpha-3" },
  country: { name: "country", type: "string", description: "Economy name (in the CSV's language)" },
  region: { name: "region", type: "string", description: "FEALAC region code (EAST_ASIA, LATIN_AMERICA); empty for non-members" },
  year: { name: "year", type: "integer", description: "Calendar year" },
  periodStart: { name: "period_start", type: "date", description: "First day of the period (YYYY-MM-DD)" },
  granularity: { name: "granularity", type: "string", description: "month, quarter or year" },
  visits: { name: "visits", type: "integer", description: "Visits in the period (a count)" },
  monthsWithData: { name: "months_with_data", type: "integer", description: "Months of the period with data (a period with fewer is incomplete)" },
  originIso3: { name: "origin_iso3", type: "string", description: "Visitors' economy, ISO 3166-1 alpha-3; OTHER for the rest of the world" },
  shareOfVisits: { name: "share_of_visits", type: "number", unit: "share 0-1", description: "Share of the visits" },
  growthYoy: { name: "growth_yoy", type: "number", unit: "ratio", description: "Change from the previous year, as a ratio (0.1 = +10%); empty without a previous year" },
  rank: { name: "rank", type: "integer", description: "Position in the table (1 = largest)" },
  marketplace: { name: "marketplace", type: "string", description: "Marketplace slug (stable identifier)" },
  marketplaceName: { name: "marketplace_name", type: "string", description: "Marketplace name" },
  domain: { name: "domain", type: "string", description: "Primary domain" },
  score: { name: "score", type: "number", unit: "0 open to 1 restrictive", description: "Regulation score: 0 open, 0.5 partial, 1 restrictive" },
  sources: {
    name: "sources",
    type: "string",
    description: "Citations, separated by ' | ': publisher, title (the date the source shows) <URL> or [project document, lines]",
  },
  sourceIds: { name: "source_ids", type: "string", description: "Ids of the sources dataset, separated by ' | '" },
  verification: {
    name: "verification",
    type: "string",
    description: "UNVERIFIED (from its sources, not yet verified by the secretariat), VERIFIED or DISPUTED",
  },
} as const satisfies Record<string, ColumnSpec>;
