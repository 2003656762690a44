/** Columns several datasets share. */
import type { Column } from "@/lib/downloads/types";

export const marketplaceColumns: Column[] = [
  { name: "marketplace", type: "string", description: "Marketplace slug (stable identifier)" },
  { name: "marketplace_name", type: "string", description: "Marketplace name" },
  { name: "domain", type: "string", description: "Primary domain" },
  { name: "country_iso3", type: "string", description: "Home country, ISO 3166-1 alpha-3" },
  { name: "country", type: "string", description: "Home country name (English)" },
  { name: "region", type: "string", description: "FEALAC region code (EAST_ASIA, LATIN_AMERICA); empty for non-members" },
];

export const MARKETPLACE_SELECT = "m.slug, m.name, m.domain, m.country_iso3, c.name_en, c.region_code";

export const dataStatusColumn: Column = {
  name: "data_status",
  type: "string",
  description: "demonstration: generated figures (not real traffic); reported: loaded from a declared source",
};

export const countryColumns: Column[] = [
  { name: "country_iso3", type: "string", description: "Economy, ISO 3166-1 alpha-3" },
  { name: "country", type: "string", description: "Economy name (English)" },
  { name: "region", type: "string", description: "FEALAC region code; empty for non-members" },
];
