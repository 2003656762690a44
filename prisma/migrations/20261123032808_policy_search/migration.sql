-- Full-text search over policies: a generated tsvector column and its GIN index.
--
-- Which text-search configuration: the vector holds the text twice.
--   english: stems the English fields (name_en, agency, partners, description), so that a search
--            for "exporters" also finds "export" and "exporting".
--   simple:  every word of every field as written, lower-cased, unstemmed. The original names and
--            agencies come in Spanish, Portuguese, Bahasa, romanised Korean and more, and are full
--            of acronyms (CORFO, SERCOTEC, PROMPERU) that the stemmer of any one language mangles.
-- A Spanish stemmer is not used: the curated descriptions are English, and a Spanish one would
-- stem the English text wrongly while still missing the Portuguese and Asian names.
-- Queries match the english reading of the search OR its simple reading (lib/data/policies/filters.ts).
-- Weights rank name matches (A) above agency and partners (B) and the description (C).

-- AlterTable
ALTER TABLE "policy" ADD COLUMN "search_vector" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('english'::regconfig, "name_en"), 'A') ||
  setweight(to_tsvector('simple'::regconfig, "name_original" || ' ' || "name_en"), 'A') ||
  setweight(to_tsvector('english'::regconfig, coalesce("agency", '') || ' ' || coalesce("partners", '')), 'B') ||
  setweight(to_tsvector('simple'::regconfig, coalesce("agency", '') || ' ' || coalesce("partners", '')), 'B') ||
  setweight(to_tsvector('english'::regconfig, "description"), 'C') ||
  setweight(to_tsvector('simple'::regconfig, "description"), 'C')
) STORED;

-- CreateIndex
CREATE INDEX "policy_search_vector_idx" ON "policy" USING GIN ("search_vector");
