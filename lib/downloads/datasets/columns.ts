/** Columns several datasets share, taken from the portal's one data dictionary. */
import { COLUMNS, type ColumnSpec } from "@/lib/core/columns";

/** Datasets are in English only, whatever the page's language. */
const countryNameEn: ColumnSpec = { ...COLUMNS.country, description: "Economy name (English)" };

/** A marketplace and its home economy; read by MARKETPLACE_SELECT, in this order. */
export const marketplaceColumns: readonly ColumnSpec[] = [
  COLUMNS.marketplace,
  COLUMNS.marketplaceName,
  COLUMNS.domain,
  { ...COLUMNS.countryIso3, description: "Home economy of the marketplace, ISO 3166-1 alpha-3" },
  { ...countryNameEn, description: "Home economy name (English)" },
  COLUMNS.region,
];

export const MARKETPLACE_SELECT = "m.slug, m.name, m.domain, m.country_iso3, c.name_en, c.region_code";

/** An economy; read as `c.iso3, c.name_en, c.region_code`. */
export const countryColumns: readonly ColumnSpec[] = [COLUMNS.countryIso3, countryNameEn, COLUMNS.region];
