import { countryFilters, filterSchema } from "@/lib/downloads/filters";
import { countryConditions, where } from "@/lib/downloads/sql";
import type { Dataset } from "@/lib/downloads/types";
import { countryColumns } from "./columns";

/**
 * Pillar and overall scores, computed from the entries as on the regulation
 * pages (lib/regulations/queries/scores.ts): the weighted mean Σ wᵢ·sᵢ / Σ wᵢ of
 * the economy's scored entries (status not NO_DATA, score set), with the
 * number of indicators it rests on. The overall score is one row with
 * pillar_code ALL.
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
    { name: "score", type: "number", unit: "0 open to 1 restrictive", description: "Weighted mean of the scored entries' scores (indicator weights); empty when no indicator is scored" },
    { name: "indicators_scored", type: "integer", unit: "indicators", description: "Indicators the score rests on" },
    { name: "indicators_total", type: "integer", unit: "indicators", description: "Indicators in the pillar (or in all pillars)" },
  ],
  sql: (s) => `
    WITH scored AS (
      SELECT e.country_iso3, i.pillar_id, i.weight, e.score
        FROM regulation_entry e JOIN regulation_indicator i ON i.id = e.indicator_id
       WHERE e.status <> 'NO_DATA' AND e.score IS NOT NULL
    ), units AS (
      SELECT p.id AS pillar_id, p.number, p.code, p.name_en, count(i.id) AS total
        FROM regulation_pillar p JOIN regulation_indicator i ON i.pillar_id = p.id GROUP BY p.id
      UNION ALL
      SELECT NULL, 1000, 'ALL', 'All pillars (overall score)', (SELECT count(*) FROM regulation_indicator)
    )
    SELECT c.iso3, c.name_en, c.region_code, u.code, u.name_en,
           round(sum(x.weight * x.score) / nullif(sum(x.weight), 0), 4), count(x.score), u.total
      FROM country c CROSS JOIN units u
      LEFT JOIN scored x ON x.country_iso3 = c.iso3 AND (u.pillar_id IS NULL OR x.pillar_id = u.pillar_id)
      ${where(["c.is_fealac_member", ...countryConditions(s)])}
     GROUP BY c.iso3, c.name_en, c.region_code, u.number, u.code, u.name_en, u.total
     ORDER BY c.iso3, u.number`,
};
