import { COLUMNS } from "@/lib/core/columns";
import { citationsTextSql, sourceIdsSql } from "@/lib/core/sources/citation";
import { countryFilters, filterSchema } from "@/lib/downloads/filters";
import { countryConditions, where } from "@/lib/downloads/sql";
import type { Dataset } from "@/lib/downloads/types";
import { countryColumns } from "./columns";

export const regulationEntries: Dataset = {
  id: "regulation-entries",
  description: "Regulation database: one row per economy and indicator, with its pillar, status, legal instrument, sources and verification state.",
  hasDataStatus: false,
  filterNames: countryFilters,
  filters: filterSchema(countryFilters),
  columns: [
    ...countryColumns,
    { name: "pillar_code", type: "string", description: "Pillar code" },
    { name: "pillar", type: "string", description: "Pillar name (English)" },
    { name: "indicator_code", type: "string", description: "Indicator code" },
    { name: "indicator", type: "string", description: "Indicator name (English)" },
    { name: "status", type: "string", description: "NO_DATA (unknown), IN_FORCE, PARTIAL, DRAFT or NONE" },
    { ...COLUMNS.score, description: "The entry's score under the indicator's scoring rule (0, 0.5 or 1); empty when not scored" },
    { name: "answer", type: "string", description: "Answer to the indicator's question" },
    { name: "instrument_name", type: "string", description: "Legal instrument" },
    { name: "instrument_number", type: "string", description: "Instrument number" },
    { name: "instrument_year", type: "integer", description: "Year the instrument was adopted" },
    { name: "last_amended_year", type: "integer", description: "Year last amended" },
    { name: "article", type: "string", description: "Article" },
    { name: "description", type: "string", description: "Description" },
    { name: "coverage", type: "string", description: "Coverage" },
    COLUMNS.sources,
    { ...COLUMNS.sourceIds, description: "The sources' ids in the sources dataset, separated by ' | ', in the order cited" },
    COLUMNS.verification,
    { name: "verified_on", type: "date", description: "Date the entry was last verified by the secretariat (ISO 8601)" },
    { name: "verified_by", type: "string", description: "Who at the secretariat verified the entry" },
    { name: "dispute_note", type: "string", description: "Why the entry is disputed (when verification is DISPUTED)" },
  ],
  sql: (s) => `
    SELECT c.iso3, c.name_en, c.region_code, p.code, p.name_en, ri.code, ri.name_en, e.status::text, e.score, e.answer,
           e.instrument_name, e.instrument_number, e.instrument_year, e.last_amended_year, e.article, e.description,
           e.coverage, ${citationsTextSql("regulation_entry_source", "entry_id", "e.id")}, ${sourceIdsSql("regulation_entry_source", "entry_id", "e.id")},
           e.verification::text, e.verified_on, e.verified_by, e.dispute_note
      FROM regulation_entry e JOIN regulation_indicator ri ON ri.id = e.indicator_id
      JOIN regulation_pillar p ON p.id = ri.pillar_id JOIN country c ON c.iso3 = e.country_iso3
      ${where(countryConditions(s))}
     ORDER BY c.iso3, p.number, ri.position`,
};
