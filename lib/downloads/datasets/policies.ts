import { COLUMNS } from "@/lib/core/columns";
import { citationsTextSql, sourceIdsSql } from "@/lib/core/sources/citation";
import { countryFilters, filterSchema } from "@/lib/downloads/filters";
import { countryConditions, where } from "@/lib/downloads/sql";
import type { Dataset } from "@/lib/downloads/types";
import { countryColumns } from "./columns";

export const policies: Dataset = {
  id: "policies",
  description: "Published MSME e-commerce policies. An empty cell means unknown.",
  hasDataStatus: false,
  filterNames: countryFilters,
  filters: filterSchema(countryFilters),
  columns: [
    { name: "policy", type: "string", description: "Policy slug (stable identifier)" },
    ...countryColumns,
    { name: "name_original", type: "string", description: "Name in the original language" },
    { name: "name_en", type: "string", description: "Name in English" },
    { name: "agency", type: "string", description: "Implementing agency" },
    { name: "partners", type: "string", description: "Partners" },
    { name: "launch_year", type: "integer", description: "Launch year" },
    { name: "end_year", type: "integer", description: "End year" },
    { name: "status", type: "string", description: "ONGOING_AT_SOURCE, ENDED, PLANNED or UNKNOWN" },
    { name: "sector", type: "string", description: "GOODS, SERVICES or BOTH" },
    { name: "market_focus", type: "string", description: "DOMESTIC, CROSS_BORDER or BOTH" },
    { name: "pandemic_response", type: "boolean", description: "A response to the COVID-19 pandemic" },
    { name: "instrument_types", type: "string", description: "Instrument type slugs, separated by ' | '" },
    { name: "target_groups", type: "string", description: "Target group slugs, separated by ' | '" },
    { name: "description", type: "string", description: "Description" },
    COLUMNS.sources,
    { ...COLUMNS.sourceIds, description: "The sources' ids in the sources dataset, separated by ' | ', in the order cited" },
    COLUMNS.verification,
    { name: "verified_on", type: "date", description: "Date the measure was last verified by the secretariat (ISO 8601)" },
    { name: "verified_by", type: "string", description: "Who at the secretariat verified the measure" },
  ],
  sql: (s) => `
    SELECT p.slug, c.iso3, c.name_en, c.region_code, p.name_original, p.name_en, p.agency, p.partners, p.launch_year,
           p.end_year, p.status::text, p.sector::text, p.market_focus::text, p.pandemic_response,
           (SELECT string_agg(it.slug, ' | ' ORDER BY it.sort_order) FROM policy_instrument_type pit
              JOIN instrument_type it ON it.id = pit.instrument_type_id WHERE pit.policy_id = p.id),
           (SELECT string_agg(tg.slug, ' | ' ORDER BY tg.sort_order) FROM policy_target_group ptg
              JOIN target_group tg ON tg.id = ptg.target_group_id WHERE ptg.policy_id = p.id),
           p.description, ${citationsTextSql("policy_source", "policy_id", "p.id")}, ${sourceIdsSql("policy_source", "policy_id", "p.id")},
           p.verification::text, p.verified_on, p.verified_by
      FROM policy p JOIN country c ON c.iso3 = p.country_iso3
      ${where(["p.workflow_state = 'PUBLISHED'", ...countryConditions(s)])}
     ORDER BY c.iso3, p.slug`,
};
