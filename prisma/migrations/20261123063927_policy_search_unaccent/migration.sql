-- Accent-insensitive policy search: "informacion" finds "Información", "credito" finds "Crédito".
--
-- Two text-search configurations that strip accents before their usual dictionaries:
--   english_unaccent: unaccent, then the English stemmer (for the English fields).
--   simple_unaccent:  unaccent, then simple (every word as written, lower-cased).
-- unaccent is a trusted extension (PostgreSQL 13+): a database owner may create it.
-- The search vector is rebuilt with them, and queries and snippets use the same
-- configurations (lib/data/policies/filters.ts and search.ts).

CREATE EXTENSION IF NOT EXISTS unaccent;

CREATE TEXT SEARCH CONFIGURATION english_unaccent (COPY = english);
ALTER TEXT SEARCH CONFIGURATION english_unaccent ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem;

CREATE TEXT SEARCH CONFIGURATION simple_unaccent (COPY = simple);
ALTER TEXT SEARCH CONFIGURATION simple_unaccent ALTER MAPPING FOR hword, hword_part, word WITH unaccent, simple;

DROP INDEX "policy_search_vector_idx";
ALTER TABLE "policy" DROP COLUMN "search_vector";

ALTER TABLE "policy" ADD COLUMN "search_vector" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('english_unaccent'::regconfig, "name_en"), 'A') ||
  setweight(to_tsvector('simple_unaccent'::regconfig, "name_original" || ' ' || "name_en"), 'A') ||
  setweight(to_tsvector('english_unaccent'::regconfig, coalesce("agency", '') || ' ' || coalesce("partners", '')), 'B') ||
  setweight(to_tsvector('simple_unaccent'::regconfig, coalesce("agency", '') || ' ' || coalesce("partners", '')), 'B') ||
  setweight(to_tsvector('english_unaccent'::regconfig, "description"), 'C') ||
  setweight(to_tsvector('simple_unaccent'::regconfig, "description"), 'C')
) STORED;

CREATE INDEX "policy_search_vector_idx" ON "policy" USING GIN ("search_vector");
