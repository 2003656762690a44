-- Full-text search over regulation entries: a generated tsvector column and its GIN index.
--
-- The vector reads each field twice, with the accent-insensitive configurations of the
-- policy_search_unaccent migration:
--   english_unaccent: stems English words ("transfers" finds "transfer"),
--   simple_unaccent:  every word as written, lower-cased, accents removed — for the names of
--                     laws in Spanish, Portuguese and other languages, and for numbers
--                     ("25.326", "10173").
-- Weights rank the instrument's name and number (A) above its article (B) and the
-- description, coverage and answer (C). Queries use the same configurations
-- (lib/data/regulations/search.ts).

-- AlterTable
ALTER TABLE "regulation_entry" ADD COLUMN "search_vector" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('english_unaccent'::regconfig, coalesce("instrument_name", '') || ' ' || coalesce("instrument_number", '')), 'A') ||
  setweight(to_tsvector('simple_unaccent'::regconfig, coalesce("instrument_name", '') || ' ' || coalesce("instrument_number", '')), 'A') ||
  setweight(to_tsvector('english_unaccent'::regconfig, coalesce("article", '')), 'B') ||
  setweight(to_tsvector('simple_unaccent'::regconfig, coalesce("article", '')), 'B') ||
  setweight(to_tsvector('english_unaccent'::regconfig, coalesce("description", '') || ' ' || coalesce("coverage", '') || ' ' || coalesce("answer", '')), 'C') ||
  setweight(to_tsvector('simple_unaccent'::regconfig, coalesce("description", '') || ' ' || coalesce("coverage", '') || ' ' || coalesce("answer", '')), 'C')
) STORED;

-- CreateIndex
CREATE INDEX "regulation_entry_search_vector_idx" ON "regulation_entry" USING GIN ("search_vector");
