-- Regulation scores, defined once: every page, per-view CSV and dataset reads these views
-- instead of writing the formula itself (the method is stated in lib/regulations/method.ts).
-- Views are not part of the Prisma datamodel, so schema.prisma is unchanged.

-- An entry is scored when its status is not NO_DATA and it has a score (0, 0.5 or 1).
CREATE VIEW "regulation_scored_entry" AS
SELECT e."country_iso3", e."indicator_id", e."score"
  FROM "regulation_entry" e
 WHERE e."status" <> 'NO_DATA' AND e."score" IS NOT NULL;

-- Each FEALAC member's score per pillar, and its overall score (the row whose pillar_id is
-- NULL): the weighted mean Σ wᵢ·sᵢ / Σ wᵢ over its scored entries, wᵢ the indicator's weight.
-- Unscored indicators are left out, not counted as 0, and the score is NULL when none is
-- scored. The overall score is the same mean over every scored indicator across pillars,
-- not a mean of the pillar means. indicators_scored / indicators_total say what it rests on.
-- Not rounded: pages round for display, CSVs and datasets carry the full value.
CREATE VIEW "regulation_pillar_score" AS
SELECT c."iso3" AS "country_iso3",
       i."pillar_id",
       (sum(i."weight" * s."score") / nullif(sum(i."weight") FILTER (WHERE s."score" IS NOT NULL), 0))::float8 AS "score",
       count(s."score")::int AS "indicators_scored",
       count(*)::int AS "indicators_total"
  FROM "country" c
 CROSS JOIN "regulation_indicator" i
  LEFT JOIN "regulation_scored_entry" s ON s."country_iso3" = c."iso3" AND s."indicator_id" = i."id"
 WHERE c."is_fealac_member"
 GROUP BY GROUPING SETS ((c."iso3", i."pillar_id"), (c."iso3"));

COMMENT ON VIEW "regulation_pillar_score" IS
  'Weighted mean score (0 open - 1 restrictive) of each FEALAC member per pillar, and overall where pillar_id is NULL';
