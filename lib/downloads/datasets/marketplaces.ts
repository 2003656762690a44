import { COLUMNS } from "@/lib/core/columns";
import { citationsTextSql } from "@/lib/core/sources/citation";
import { filterSchema, marketplaceFilters } from "@/lib/downloads/filters";
import { marketplaceConditions, where } from "@/lib/downloads/sql";
import type { Dataset } from "@/lib/downloads/types";
import { MARKETPLACE_SELECT, marketplaceColumns } from "./columns";

export const marketplaces: Dataset = {
  id: "marketplaces",
  description: "Marketplaces and their characteristics. An empty cell means unknown, never no.",
  hasDataStatus: false,
  filterNames: marketplaceFilters,
  filters: filterSchema(marketplaceFilters),
  columns: [
    ...marketplaceColumns,
    { name: "business_model", type: "string", description: "B2C, C2C or BOTH" },
    { name: "sector", type: "string", description: "GOODS, SERVICES or BOTH" },
    { name: "category", type: "string", description: "Category code" },
    { name: "transactional", type: "boolean", description: "Buy online on the site (true) or listings only (false)" },
    { name: "foreign_sellers_accepted", type: "boolean", description: "Foreign sellers accepted" },
    { name: "year_founded", type: "integer", description: "Year founded" },
    { name: "logistics_offered", type: "boolean", description: "Logistics or fulfilment offered" },
    { name: "payments_offered", type: "boolean", description: "Payment services offered" },
    { name: "msme_seller_share", type: "number", unit: "share 0-1", description: "Share of sellers that are MSMEs, where a source states it" },
    { name: "notes", type: "string", description: "Notes" },
    COLUMNS.sources,
  ],
  sql: (s) => `
    SELECT ${MARKETPLACE_SELECT}, m.business_model::text, m.sector::text, m.category::text, m.transactional,
           m.foreign_sellers_accepted, m.year_founded, m.logistics_offered, m.payments_offered, m.msme_seller_share,
           m.notes, ${citationsTextSql("marketplace_source", "marketplace_id", "m.id")}
      FROM marketplace m JOIN country c ON c.iso3 = m.country_iso3
      ${where(marketplaceConditions(s))}
     ORDER BY m.slug`,
};
