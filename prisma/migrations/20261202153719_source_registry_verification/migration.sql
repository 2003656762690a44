-- One source registry for every fact and figure (regulation entries, policies, indicator
-- series, marketplaces), and a verification state on regulation entries and policies.
-- Free-text sources move into the registry: a each policy citations become sources (its
-- project-document citations of kind PROJECT_DOCUMENT), and the URLs listed on entries and
-- marketplaces become sources keyed by their URL (kind not known: NULL). Indicator values
-- carried their raw provenance in a text column, the seed links each series to readable
-- sources instead (the raw provenance stays in prisma/seed-data/indicators/SOURCES.md).

CREATE TYPE "SourceKind" AS ENUM ('OFFICIAL', 'REFERENCE', 'SECONDARY', 'PROJECT_DOCUMENT', 'DATASET');
CREATE TYPE "VerificationState" AS ENUM ('UNVERIFIED', 'VERIFIED', 'DISPUTED');

CREATE TABLE "source" (
    "id" SERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "publisher" TEXT,
    "url" TEXT,
    "as_of" TEXT,
    "accessed_on" DATE,
    "kind" "SourceKind",
    "document" TEXT,
    "lines" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "source_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "source_title_not_blank" CHECK (btrim("title") <> ''),
    CONSTRAINT "source_url_http" CHECK ("url" IS NULL OR "url" ~ '^https?://'),
    CONSTRAINT "source_is_followable" CHECK ("url" IS NOT NULL OR "document" IS NOT NULL OR "kind" = 'DATASET')
);
CREATE UNIQUE INDEX "source_key_key" ON "source"("key");
CREATE INDEX "source_url_idx" ON "source"("url");

-- The key a citation of each shape gets (also used by the app: lib/core/sources/keys.ts).
CREATE FUNCTION pg_temp.source_key(url text, document text, lines text) RETURNS text
  LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN document IS NOT NULL THEN 'doc:' || document || '#' || coalesce(lines, '')
                ELSE 'url:' || url END
  $$;

-- Policies: the old per-policy citation rows become registry sources and links.
CREATE TEMP TABLE "old_policy_source" AS
  SELECT "policy_id", "position", "title", "document", "lines", "url",
         pg_temp.source_key("url", "document", "lines") AS "key"
    FROM "policy_source"
   WHERE "url" IS NOT NULL OR "document" IS NOT NULL;

INSERT INTO "source" ("key", "title", "url", "document", "lines", "kind")
SELECT DISTINCT ON ("key") "key", "title", "url", "document", "lines",
       CASE WHEN "document" IS NOT NULL THEN 'PROJECT_DOCUMENT'::"SourceKind" END
  FROM "old_policy_source"
 ORDER BY "key", "policy_id", "position";

DROP TABLE "policy_source";
CREATE TABLE "policy_source" (
    "policy_id" INTEGER NOT NULL,
    "position" SMALLINT NOT NULL,
    "source_id" INTEGER NOT NULL,
    CONSTRAINT "policy_source_pkey" PRIMARY KEY ("policy_id", "position")
);
CREATE INDEX "policy_source_source_id_idx" ON "policy_source"("source_id");
INSERT INTO "policy_source" ("policy_id", "position", "source_id")
SELECT o."policy_id", row_number() OVER (PARTITION BY o."policy_id" ORDER BY o."position"), s."id"
  FROM "old_policy_source" o JOIN "source" s ON s."key" = o."key";

-- Regulation entries: their URLs become sources and links.
CREATE TABLE "regulation_entry_source" (
    "entry_id" INTEGER NOT NULL,
    "position" SMALLINT NOT NULL,
    "source_id" INTEGER NOT NULL,
    CONSTRAINT "regulation_entry_source_pkey" PRIMARY KEY ("entry_id", "position")
);
CREATE INDEX "regulation_entry_source_source_id_idx" ON "regulation_entry_source"("source_id");

INSERT INTO "source" ("key", "title", "url")
SELECT DISTINCT 'url:' || u.url, u.url, u.url
  FROM "regulation_entry" e CROSS JOIN LATERAL unnest(e."source_urls") AS u(url)
 WHERE u.url ~ '^https?://'
ON CONFLICT ("key") DO NOTHING;
INSERT INTO "regulation_entry_source" ("entry_id", "position", "source_id")
SELECT e."id", u.n, s."id"
  FROM "regulation_entry" e CROSS JOIN LATERAL unnest(e."source_urls") WITH ORDINALITY AS u(url, n)
  JOIN "source" s ON s."key" = 'url:' || u.url;

-- Marketplaces: the same.
CREATE TABLE "marketplace_source" (
    "marketplace_id" INTEGER NOT NULL,
    "position" SMALLINT NOT NULL,
    "source_id" INTEGER NOT NULL,
    CONSTRAINT "marketplace_source_pkey" PRIMARY KEY ("marketplace_id", "position")
);
CREATE INDEX "marketplace_source_source_id_idx" ON "marketplace_source"("source_id");
INSERT INTO "source" ("key", "title", "url")
SELECT DISTINCT 'url:' || u.url, u.url, u.url
  FROM "marketplace" m CROSS JOIN LATERAL unnest(m."source_urls") AS u(url)
 WHERE u.url ~ '^https?://'
ON CONFLICT ("key") DO NOTHING;
INSERT INTO "marketplace_source" ("marketplace_id", "position", "source_id")
SELECT m."id", u.n, s."id"
  FROM "marketplace" m CROSS JOIN LATERAL unnest(m."source_urls") WITH ORDINALITY AS u(url, n)
  JOIN "source" s ON s."key" = 'url:' || u.url;

-- Indicator series: linked by the seed (readable citations, not the raw provenance).
CREATE TABLE "indicator_source" (
    "indicator_code" VARCHAR(40) NOT NULL,
    "position" SMALLINT NOT NULL,
    "source_id" INTEGER NOT NULL,
    CONSTRAINT "indicator_source_pkey" PRIMARY KEY ("indicator_code", "position")
);
CREATE INDEX "indicator_source_source_id_idx" ON "indicator_source"("source_id");

ALTER TABLE "regulation_entry" DROP CONSTRAINT "regulation_entry_at_most_five_sources";
ALTER TABLE "regulation_entry" DROP COLUMN "source_urls";
ALTER TABLE "marketplace" DROP COLUMN "source_urls";
ALTER TABLE "indicator_value" DROP COLUMN "source";

-- Verification: an entry with a verification date was verified by staff.
ALTER TABLE "regulation_entry"
  ADD COLUMN "verification" "VerificationState" NOT NULL DEFAULT 'UNVERIFIED',
  ADD COLUMN "verified_by_id" INTEGER,
  ADD COLUMN "dispute_note" TEXT;
UPDATE "regulation_entry" SET "verification" = 'VERIFIED' WHERE "verified_on" IS NOT NULL;
ALTER TABLE "policy"
  ADD COLUMN "verification" "VerificationState" NOT NULL DEFAULT 'UNVERIFIED',
  ADD COLUMN "verified_on" DATE,
  ADD COLUMN "verified_by" TEXT,
  ADD COLUMN "verified_by_id" INTEGER,
  ADD COLUMN "dispute_note" TEXT;
CREATE INDEX "regulation_entry_verification_idx" ON "regulation_entry"("verification");

-- A verified fact says when, a disputed one says why.
ALTER TABLE "regulation_entry"
  ADD CONSTRAINT "regulation_entry_verified_has_date" CHECK ("verification" <> 'VERIFIED' OR "verified_on" IS NOT NULL),
  ADD CONSTRAINT "regulation_entry_disputed_has_note" CHECK ("verification" <> 'DISPUTED' OR btrim(coalesce("dispute_note", '')) <> '');
ALTER TABLE "policy"
  ADD CONSTRAINT "policy_verified_has_date" CHECK ("verification" <> 'VERIFIED' OR "verified_on" IS NOT NULL),
  ADD CONSTRAINT "policy_disputed_has_note" CHECK ("verification" <> 'DISPUTED' OR btrim(coalesce("dispute_note", '')) <> '');

-- "No data" carries no score, a known status may carry none yet (the score is not set).
-- (regulation_entry_no_data_unscored already says the first half.)

ALTER TABLE "regulation_entry" ADD CONSTRAINT "regulation_entry_verified_by_id_fkey" FOREIGN KEY ("verified_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "policy" ADD CONSTRAINT "policy_verified_by_id_fkey" FOREIGN KEY ("verified_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "policy_source" ADD CONSTRAINT "policy_source_policy_id_fkey" FOREIGN KEY ("policy_id") REFERENCES "policy"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "policy_source" ADD CONSTRAINT "policy_source_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "regulation_entry_source" ADD CONSTRAINT "regulation_entry_source_entry_id_fkey" FOREIGN KEY ("entry_id") REFERENCES "regulation_entry"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "regulation_entry_source" ADD CONSTRAINT "regulation_entry_source_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "indicator_source" ADD CONSTRAINT "indicator_source_indicator_code_fkey" FOREIGN KEY ("indicator_code") REFERENCES "indicator"("code") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "indicator_source" ADD CONSTRAINT "indicator_source_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "marketplace_source" ADD CONSTRAINT "marketplace_source_marketplace_id_fkey" FOREIGN KEY ("marketplace_id") REFERENCES "marketplace"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "marketplace_source" ADD CONSTRAINT "marketplace_source_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
