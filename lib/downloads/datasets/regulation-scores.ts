import { COLUMNS } from "@/lib/core/columns";
import { countryFilters, filterSchema } from "@/lib/downloads/filters";
import { countryConditions, where } from "@/lib/downloads/sql";
import type { Dataset } from "@/lib/downloads/types";
import { countryColumns } from "./columns";

/**
 * Pillar and overall scores, read from the SQL view regulation_pillar_score
 * that the regulation pages read too (migration regulation_scores_view): the
 * weighted mean Σ wᵢ·sᵢ / Σ wᵢ of the economy's scored entries, unrounded,
 * with the number of indicators it rests on. The overall score is one row
 * with pillar_code ALL.
 */
export const regulationScores: Dataset = {
  id: "regulation-scores",
  description: "Regulation database: each economy's pillar scores and overall score, computed from its scored entries, with the number of indicators each rests on.",
  hasDataStatus: false,
  filterNames: countryFilters,
  filters: filterSchema(countryFilters),
  columns: [
    ...countryColumns,
    { name: "pillar_code", type: "string", description: "Pillar code; ALL for the overall score" },
    { name: "pillar", type: "string", description: "Pillar name (English)" },
    { ...COLUMNS.score, description: "Weighted mean of the scored entries' scores (indicator weights); empty when no indicator is scored" },
    { name: "indicators_scored", type: "integer", unit: "indicators", description: "Indicators the score rests on" },
    { name: "indicators_total", type: "integer", unit: "indicators", description: "Indicators in the pillar (or in all pillars)" },
  ],
  sql: (s) => `
    SELECT c.iso3, c.name_en, c.region_code, coalesce(p.code, 'ALL'), coalesce(p.name_en, 'All pillars (overall score)'),
           x.score, x.indicators_scored, x.indicators_total
      FROM regulation_pillar_score x JOIN country c ON c.iso3 = x.country_iso3
      LEFT JOIN regulation_pillar p ON p.id = x.pillar_id
      ${where(countryConditions(s))}
     ORDER BY c.iso3, p.number NULLS LAST`,
};
