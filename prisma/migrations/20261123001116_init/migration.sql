-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "BusinessModel" AS ENUM ('B2C', 'C2C', 'BOTH');

-- CreateEnum
CREATE TYPE "Sector" AS ENUM ('GOODS', 'SERVICES', 'BOTH');

-- CreateEnum
CREATE TYPE "MarketplaceCategory" AS ENUM ('GENERAL', 'FASHION', 'ELECTRONICS', 'HOME_FURNITURE', 'GROCERIES', 'BEAUTY_HEALTH', 'BOOKS_MEDIA', 'TRAVEL_LODGING', 'FOOD_DELIVERY', 'MOBILITY', 'FREELANCE_SERVICES', 'CLASSIFIEDS', 'TICKETS_EVENTS', 'AUTOMOTIVE', 'REAL_ESTATE', 'OTHER');

-- CreateEnum
CREATE TYPE "Gender" AS ENUM ('FEMALE', 'MALE');

-- CreateEnum
CREATE TYPE "AgeGroup" AS ENUM ('AGE_18_24', 'AGE_25_34', 'AGE_35_44', 'AGE_45_54', 'AGE_55_64', 'AGE_65_PLUS');

-- CreateEnum
CREATE TYPE "RegulationFramework" AS ENUM ('RDTII', 'TRADE_FACILITATION');

-- CreateEnum
CREATE TYPE "DigitalStriArea" AS ENUM ('INFRASTRUCTURE_CONNECTIVITY', 'ELECTRONIC_TRANSACTIONS', 'E_PAYMENTS', 'INTELLECTUAL_PROPERTY', 'OTHER_BARRIERS');

-- CreateEnum
CREATE TYPE "CyberlawArea" AS ENUM ('E_TRANSACTIONS', 'CONSUMER_PROTECTION', 'DATA_PROTECTION_PRIVACY', 'CYBERCRIME');

-- CreateEnum
CREATE TYPE "RegulationStatus" AS ENUM ('NO_DATA', 'IN_FORCE', 'PARTIAL', 'DRAFT', 'NONE');

-- CreateEnum
CREATE TYPE "SuggestionStatus" AS ENUM ('PENDING', 'ACCEPTED', 'REJECTED');

-- CreateEnum
CREATE TYPE "PolicyStatus" AS ENUM ('ONGOING_AT_SOURCE', 'ENDED', 'PLANNED', 'UNKNOWN');

-- CreateEnum
CREATE TYPE "MarketFocus" AS ENUM ('DOMESTIC', 'CROSS_BORDER', 'BOTH');

-- CreateEnum
CREATE TYPE "WorkflowState" AS ENUM ('DRAFT', 'PUBLISHED', 'ARCHIVED');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('EDITOR', 'ADMIN');

-- CreateEnum
CREATE TYPE "IngestionKind" AS ENUM ('TRAFFIC', 'ORIGIN', 'GENDER', 'AGE');

-- CreateEnum
CREATE TYPE "IngestionTrigger" AS ENUM ('SCHEDULED', 'API', 'UPLOAD', 'MANUAL');

-- CreateEnum
CREATE TYPE "IngestionStatus" AS ENUM ('RUNNING', 'SUCCEEDED', 'FAILED', 'VALIDATED');

-- CreateTable
CREATE TABLE "region" (
    "code" VARCHAR(16) NOT NULL,
    "name_en" TEXT NOT NULL,
    "name_es" TEXT NOT NULL,
    "sort_order" INTEGER NOT NULL,

    CONSTRAINT "region_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "country" (
    "iso3" CHAR(3) NOT NULL,
    "iso2" CHAR(2) NOT NULL,
    "iso_numeric" CHAR(3) NOT NULL,
    "name_en" TEXT NOT NULL,
    "name_es" TEXT NOT NULL,
    "region_code" VARCHAR(16),
    "is_fealac_member" BOOLEAN NOT NULL,

    CONSTRAINT "country_pkey" PRIMARY KEY ("iso3")
);

-- CreateTable
CREATE TABLE "marketplace" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "domain" TEXT NOT NULL,
    "country_iso3" CHAR(3) NOT NULL,
    "business_model" "BusinessModel",
    "sector" "Sector",
    "category" "MarketplaceCategory" NOT NULL,
    "transactional" BOOLEAN,
    "foreign_sellers_accepted" BOOLEAN,
    "year_founded" SMALLINT,
    "logistics_offered" BOOLEAN,
    "payments_offered" BOOLEAN,
    "msme_seller_share" DECIMAL(5,4),
    "notes" TEXT,
    "source_urls" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "marketplace_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "traffic_monthly" (
    "id" BIGSERIAL NOT NULL,
    "marketplace_id" INTEGER NOT NULL,
    "month" DATE NOT NULL,
    "visits" BIGINT NOT NULL,
    "source" TEXT NOT NULL,
    "is_demo" BOOLEAN NOT NULL,
    "ingestion_run_id" INTEGER,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "traffic_monthly_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "traffic_revision" (
    "id" BIGSERIAL NOT NULL,
    "traffic_id" BIGINT NOT NULL,
    "previous_visits" BIGINT NOT NULL,
    "previous_source" TEXT NOT NULL,
    "new_visits" BIGINT NOT NULL,
    "replaced_by_run_id" INTEGER,
    "revised_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "traffic_revision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "origin_share" (
    "marketplace_id" INTEGER NOT NULL,
    "year" SMALLINT NOT NULL,
    "origin" VARCHAR(5) NOT NULL,
    "share" DECIMAL(7,6) NOT NULL,
    "source" TEXT NOT NULL,
    "is_demo" BOOLEAN NOT NULL,
    "ingestion_run_id" INTEGER,

    CONSTRAINT "origin_share_pkey" PRIMARY KEY ("marketplace_id","year","origin")
);

-- CreateTable
CREATE TABLE "gender_share" (
    "marketplace_id" INTEGER NOT NULL,
    "year" SMALLINT NOT NULL,
    "gender" "Gender" NOT NULL,
    "share" DECIMAL(7,6) NOT NULL,
    "source" TEXT NOT NULL,
    "is_demo" BOOLEAN NOT NULL,
    "ingestion_run_id" INTEGER,

    CONSTRAINT "gender_share_pkey" PRIMARY KEY ("marketplace_id","year","gender")
);

-- CreateTable
CREATE TABLE "age_share" (
    "marketplace_id" INTEGER NOT NULL,
    "year" SMALLINT NOT NULL,
    "age_group" "AgeGroup" NOT NULL,
    "share" DECIMAL(7,6) NOT NULL,
    "source" TEXT NOT NULL,
    "is_demo" BOOLEAN NOT NULL,
    "ingestion_run_id" INTEGER,

    CONSTRAINT "age_share_pkey" PRIMARY KEY ("marketplace_id","year","age_group")
);

-- CreateTable
CREATE TABLE "indicator" (
    "code" VARCHAR(40) NOT NULL,
    "name_en" TEXT NOT NULL,
    "name_es" TEXT NOT NULL,
    "unit_en" TEXT NOT NULL,
    "unit_es" TEXT NOT NULL,
    "publisher" TEXT NOT NULL,
    "sort_order" INTEGER NOT NULL,

    CONSTRAINT "indicator_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "indicator_value" (
    "country_iso3" CHAR(3) NOT NULL,
    "indicator_code" VARCHAR(40) NOT NULL,
    "year" SMALLINT NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,
    "source" TEXT NOT NULL,

    CONSTRAINT "indicator_value_pkey" PRIMARY KEY ("country_iso3","indicator_code","year")
);

-- CreateTable
CREATE TABLE "regulation_pillar" (
    "id" SERIAL NOT NULL,
    "number" SMALLINT NOT NULL,
    "code" VARCHAR(8) NOT NULL,
    "framework" "RegulationFramework" NOT NULL,
    "name_en" TEXT NOT NULL,
    "name_es" TEXT NOT NULL,

    CONSTRAINT "regulation_pillar_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "regulation_indicator" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(16) NOT NULL,
    "pillar_id" INTEGER NOT NULL,
    "position" SMALLINT NOT NULL,
    "name_en" TEXT NOT NULL,
    "name_es" TEXT NOT NULL,
    "score0_en" TEXT NOT NULL,
    "score0_es" TEXT NOT NULL,
    "score_half_en" TEXT NOT NULL,
    "score_half_es" TEXT NOT NULL,
    "score1_en" TEXT NOT NULL,
    "score1_es" TEXT NOT NULL,
    "weight" DECIMAL(6,3) NOT NULL DEFAULT 1,
    "digital_stri_area" "DigitalStriArea",
    "cyberlaw_area" "CyberlawArea",

    CONSTRAINT "regulation_indicator_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "regulation_entry" (
    "id" SERIAL NOT NULL,
    "country_iso3" CHAR(3) NOT NULL,
    "indicator_id" INTEGER NOT NULL,
    "status" "RegulationStatus" NOT NULL DEFAULT 'NO_DATA',
    "answer" TEXT,
    "score" DECIMAL(2,1),
    "instrument_name" TEXT,
    "instrument_number" TEXT,
    "instrument_year" SMALLINT,
    "last_amended_year" SMALLINT,
    "article" TEXT,
    "description" TEXT,
    "coverage" TEXT,
    "source_urls" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "verified_on" DATE,
    "verified_by" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "regulation_entry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "regulation_suggestion" (
    "id" SERIAL NOT NULL,
    "entry_id" INTEGER NOT NULL,
    "message" TEXT NOT NULL,
    "contact_email" TEXT,
    "status" "SuggestionStatus" NOT NULL DEFAULT 'PENDING',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "reviewed_at" TIMESTAMPTZ(3),
    "reviewed_by_id" INTEGER,

    CONSTRAINT "regulation_suggestion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "instrument_type" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "name_en" TEXT NOT NULL,
    "name_es" TEXT NOT NULL,
    "sort_order" INTEGER NOT NULL,

    CONSTRAINT "instrument_type_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "target_group" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "name_en" TEXT NOT NULL,
    "name_es" TEXT NOT NULL,
    "sort_order" INTEGER NOT NULL,

    CONSTRAINT "target_group_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "policy" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "country_iso3" CHAR(3) NOT NULL,
    "name_original" TEXT NOT NULL,
    "name_en" TEXT NOT NULL,
    "agency" TEXT,
    "partners" TEXT,
    "launch_year" SMALLINT,
    "end_year" SMALLINT,
    "status" "PolicyStatus" NOT NULL DEFAULT 'UNKNOWN',
    "sector" "Sector",
    "market_focus" "MarketFocus",
    "pandemic_response" BOOLEAN,
    "description" TEXT NOT NULL,
    "notes" TEXT,
    "workflow_state" "WorkflowState" NOT NULL DEFAULT 'DRAFT',
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "published_at" TIMESTAMPTZ(3),

    CONSTRAINT "policy_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "policy_instrument_type" (
    "policy_id" INTEGER NOT NULL,
    "instrument_type_id" INTEGER NOT NULL,

    CONSTRAINT "policy_instrument_type_pkey" PRIMARY KEY ("policy_id","instrument_type_id")
);

-- CreateTable
CREATE TABLE "policy_target_group" (
    "policy_id" INTEGER NOT NULL,
    "target_group_id" INTEGER NOT NULL,

    CONSTRAINT "policy_target_group_pkey" PRIMARY KEY ("policy_id","target_group_id")
);

-- CreateTable
CREATE TABLE "policy_result" (
    "id" SERIAL NOT NULL,
    "policy_id" INTEGER NOT NULL,
    "position" SMALLINT NOT NULL,
    "text" TEXT NOT NULL,
    "year" SMALLINT,

    CONSTRAINT "policy_result_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "policy_source" (
    "id" SERIAL NOT NULL,
    "policy_id" INTEGER NOT NULL,
    "position" SMALLINT NOT NULL,
    "title" TEXT NOT NULL,
    "document" TEXT,
    "lines" TEXT,
    "url" TEXT,

    CONSTRAINT "policy_source_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "app_user" (
    "id" SERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT,
    "password_hash" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_login_at" TIMESTAMPTZ(3),

    CONSTRAINT "app_user_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit_event" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actor_id" INTEGER,
    "action" VARCHAR(40) NOT NULL,
    "entity_type" VARCHAR(40) NOT NULL,
    "entity_id" VARCHAR(64) NOT NULL,
    "before" JSONB,
    "after" JSONB,

    CONSTRAINT "audit_event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "rate_limit_bucket" (
    "key" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    "reset_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "rate_limit_bucket_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "ingestion_run" (
    "id" SERIAL NOT NULL,
    "kind" "IngestionKind" NOT NULL,
    "trigger" "IngestionTrigger" NOT NULL,
    "triggered_by_id" INTEGER,
    "triggered_by" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "checksum" CHAR(64),
    "dry_run" BOOLEAN NOT NULL DEFAULT false,
    "status" "IngestionStatus" NOT NULL DEFAULT 'RUNNING',
    "started_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finished_at" TIMESTAMPTZ(3),
    "rows_read" INTEGER NOT NULL DEFAULT 0,
    "rows_inserted" INTEGER NOT NULL DEFAULT 0,
    "rows_updated" INTEGER NOT NULL DEFAULT 0,
    "rows_unchanged" INTEGER NOT NULL DEFAULT 0,
    "rows_rejected" INTEGER NOT NULL DEFAULT 0,
    "errors" JSONB NOT NULL DEFAULT '[]',
    "error_count" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ingestion_run_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "country_iso2_key" ON "country"("iso2");

-- CreateIndex
CREATE UNIQUE INDEX "country_iso_numeric_key" ON "country"("iso_numeric");

-- CreateIndex
CREATE INDEX "country_region_code_idx" ON "country"("region_code");

-- CreateIndex
CREATE UNIQUE INDEX "marketplace_slug_key" ON "marketplace"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "marketplace_domain_key" ON "marketplace"("domain");

-- CreateIndex
CREATE INDEX "marketplace_country_iso3_idx" ON "marketplace"("country_iso3");

-- CreateIndex
CREATE INDEX "traffic_monthly_month_marketplace_id_idx" ON "traffic_monthly"("month", "marketplace_id");

-- CreateIndex
CREATE UNIQUE INDEX "traffic_monthly_marketplace_id_month_key" ON "traffic_monthly"("marketplace_id", "month");

-- CreateIndex
CREATE INDEX "traffic_revision_traffic_id_revised_at_idx" ON "traffic_revision"("traffic_id", "revised_at");

-- CreateIndex
CREATE INDEX "origin_share_year_origin_idx" ON "origin_share"("year", "origin");

-- CreateIndex
CREATE INDEX "indicator_value_indicator_code_year_idx" ON "indicator_value"("indicator_code", "year");

-- CreateIndex
CREATE UNIQUE INDEX "regulation_pillar_number_key" ON "regulation_pillar"("number");

-- CreateIndex
CREATE UNIQUE INDEX "regulation_pillar_code_key" ON "regulation_pillar"("code");

-- CreateIndex
CREATE UNIQUE INDEX "regulation_indicator_code_key" ON "regulation_indicator"("code");

-- CreateIndex
CREATE UNIQUE INDEX "regulation_indicator_pillar_id_position_key" ON "regulation_indicator"("pillar_id", "position");

-- CreateIndex
CREATE INDEX "regulation_entry_indicator_id_idx" ON "regulation_entry"("indicator_id");

-- CreateIndex
CREATE UNIQUE INDEX "regulation_entry_country_iso3_indicator_id_key" ON "regulation_entry"("country_iso3", "indicator_id");

-- CreateIndex
CREATE INDEX "regulation_suggestion_status_created_at_idx" ON "regulation_suggestion"("status", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "instrument_type_slug_key" ON "instrument_type"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "target_group_slug_key" ON "target_group"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "policy_slug_key" ON "policy"("slug");

-- CreateIndex
CREATE INDEX "policy_country_iso3_idx" ON "policy"("country_iso3");

-- CreateIndex
CREATE INDEX "policy_workflow_state_country_iso3_idx" ON "policy"("workflow_state", "country_iso3");

-- CreateIndex
CREATE INDEX "policy_instrument_type_instrument_type_id_idx" ON "policy_instrument_type"("instrument_type_id");

-- CreateIndex
CREATE INDEX "policy_target_group_target_group_id_idx" ON "policy_target_group"("target_group_id");

-- CreateIndex
CREATE UNIQUE INDEX "policy_result_policy_id_position_key" ON "policy_result"("policy_id", "position");

-- CreateIndex
CREATE UNIQUE INDEX "policy_source_policy_id_position_key" ON "policy_source"("policy_id", "position");

-- CreateIndex
CREATE UNIQUE INDEX "app_user_email_key" ON "app_user"("email");

-- CreateIndex
CREATE INDEX "audit_event_entity_type_entity_id_at_idx" ON "audit_event"("entity_type", "entity_id", "at");

-- CreateIndex
CREATE INDEX "audit_event_at_idx" ON "audit_event"("at");

-- CreateIndex
CREATE INDEX "rate_limit_bucket_reset_at_idx" ON "rate_limit_bucket"("reset_at");

-- CreateIndex
CREATE INDEX "ingestion_run_started_at_idx" ON "ingestion_run"("started_at");

-- AddForeignKey
ALTER TABLE "country" ADD CONSTRAINT "country_region_code_fkey" FOREIGN KEY ("region_code") REFERENCES "region"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "marketplace" ADD CONSTRAINT "marketplace_country_iso3_fkey" FOREIGN KEY ("country_iso3") REFERENCES "country"("iso3") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "traffic_monthly" ADD CONSTRAINT "traffic_monthly_marketplace_id_fkey" FOREIGN KEY ("marketplace_id") REFERENCES "marketplace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "traffic_monthly" ADD CONSTRAINT "traffic_monthly_ingestion_run_id_fkey" FOREIGN KEY ("ingestion_run_id") REFERENCES "ingestion_run"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "traffic_revision" ADD CONSTRAINT "traffic_revision_traffic_id_fkey" FOREIGN KEY ("traffic_id") REFERENCES "traffic_monthly"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "traffic_revision" ADD CONSTRAINT "traffic_revision_replaced_by_run_id_fkey" FOREIGN KEY ("replaced_by_run_id") REFERENCES "ingestion_run"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "origin_share" ADD CONSTRAINT "origin_share_marketplace_id_fkey" FOREIGN KEY ("marketplace_id") REFERENCES "marketplace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "origin_share" ADD CONSTRAINT "origin_share_ingestion_run_id_fkey" FOREIGN KEY ("ingestion_run_id") REFERENCES "ingestion_run"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "gender_share" ADD CONSTRAINT "gender_share_marketplace_id_fkey" FOREIGN KEY ("marketplace_id") REFERENCES "marketplace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "gender_share" ADD CONSTRAINT "gender_share_ingestion_run_id_fkey" FOREIGN KEY ("ingestion_run_id") REFERENCES "ingestion_run"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "age_share" ADD CONSTRAINT "age_share_marketplace_id_fkey" FOREIGN KEY ("marketplace_id") REFERENCES "marketplace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "age_share" ADD CONSTRAINT "age_share_ingestion_run_id_fkey" FOREIGN KEY ("ingestion_run_id") REFERENCES "ingestion_run"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "indicator_value" ADD CONSTRAINT "indicator_value_country_iso3_fkey" FOREIGN KEY ("country_iso3") REFERENCES "country"("iso3") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "indicator_value" ADD CONSTRAINT "indicator_value_indicator_code_fkey" FOREIGN KEY ("indicator_code") REFERENCES "indicator"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "regulation_indicator" ADD CONSTRAINT "regulation_indicator_pillar_id_fkey" FOREIGN KEY ("pillar_id") REFERENCES "regulation_pillar"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "regulation_entry" ADD CONSTRAINT "regulation_entry_country_iso3_fkey" FOREIGN KEY ("country_iso3") REFERENCES "country"("iso3") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "regulation_entry" ADD CONSTRAINT "regulation_entry_indicator_id_fkey" FOREIGN KEY ("indicator_id") REFERENCES "regulation_indicator"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "regulation_suggestion" ADD CONSTRAINT "regulation_suggestion_entry_id_fkey" FOREIGN KEY ("entry_id") REFERENCES "regulation_entry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "regulation_suggestion" ADD CONSTRAINT "regulation_suggestion_reviewed_by_id_fkey" FOREIGN KEY ("reviewed_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "policy" ADD CONSTRAINT "policy_country_iso3_fkey" FOREIGN KEY ("country_iso3") REFERENCES "country"("iso3") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "policy_instrument_type" ADD CONSTRAINT "policy_instrument_type_policy_id_fkey" FOREIGN KEY ("policy_id") REFERENCES "policy"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "policy_instrument_type" ADD CONSTRAINT "policy_instrument_type_instrument_type_id_fkey" FOREIGN KEY ("instrument_type_id") REFERENCES "instrument_type"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "policy_target_group" ADD CONSTRAINT "policy_target_group_policy_id_fkey" FOREIGN KEY ("policy_id") REFERENCES "policy"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "policy_target_group" ADD CONSTRAINT "policy_target_group_target_group_id_fkey" FOREIGN KEY ("target_group_id") REFERENCES "target_group"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "policy_result" ADD CONSTRAINT "policy_result_policy_id_fkey" FOREIGN KEY ("policy_id") REFERENCES "policy"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "policy_source" ADD CONSTRAINT "policy_source_policy_id_fkey" FOREIGN KEY ("policy_id") REFERENCES "policy"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "audit_event" ADD CONSTRAINT "audit_event_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ingestion_run" ADD CONSTRAINT "ingestion_run_triggered_by_id_fkey" FOREIGN KEY ("triggered_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- ─── Constraints Prisma's schema language cannot express ───────────────────
-- Nullable characteristics mean "unknown", and these checks keep known values sane.

ALTER TABLE "country"
  ADD CONSTRAINT "country_iso3_format" CHECK ("iso3" ~ '^[A-Z]{3}$'),
  ADD CONSTRAINT "country_iso2_format" CHECK ("iso2" ~ '^[A-Z]{2}$'),
  ADD CONSTRAINT "country_member_has_region" CHECK (NOT "is_fealac_member" OR "region_code" IS NOT NULL);

ALTER TABLE "marketplace"
  ADD CONSTRAINT "marketplace_domain_format" CHECK ("domain" ~ '^[a-z0-9-]+(\.[a-z0-9-]+)+$'),
  ADD CONSTRAINT "marketplace_year_founded_range" CHECK ("year_founded" BETWEEN 1800 AND 2100),
  ADD CONSTRAINT "marketplace_msme_seller_share_range" CHECK ("msme_seller_share" BETWEEN 0 AND 1);

-- A month is stored as its first day, and visits are a count.
ALTER TABLE "traffic_monthly"
  ADD CONSTRAINT "traffic_monthly_month_first_day" CHECK (EXTRACT(DAY FROM "month") = 1),
  ADD CONSTRAINT "traffic_monthly_visits_nonnegative" CHECK ("visits" >= 0);

ALTER TABLE "traffic_revision"
  ADD CONSTRAINT "traffic_revision_visits_nonnegative" CHECK ("previous_visits" >= 0 AND "new_visits" >= 0);

ALTER TABLE "origin_share"
  ADD CONSTRAINT "origin_share_range" CHECK ("share" BETWEEN 0 AND 1),
  ADD CONSTRAINT "origin_share_origin_format" CHECK ("origin" ~ '^([A-Z]{3}|OTHER)$');

ALTER TABLE "gender_share"
  ADD CONSTRAINT "gender_share_range" CHECK ("share" BETWEEN 0 AND 1);

ALTER TABLE "age_share"
  ADD CONSTRAINT "age_share_range" CHECK ("share" BETWEEN 0 AND 1);

ALTER TABLE "regulation_indicator"
  ADD CONSTRAINT "regulation_indicator_weight_positive" CHECK ("weight" > 0);

-- Scores follow the RDTII scale, and "no data" carries no score.
ALTER TABLE "regulation_entry"
  ADD CONSTRAINT "regulation_entry_score_scale" CHECK ("score" IN (0, 0.5, 1)),
  ADD CONSTRAINT "regulation_entry_no_data_unscored" CHECK ("status" <> 'NO_DATA' OR "score" IS NULL),
  ADD CONSTRAINT "regulation_entry_at_most_five_sources" CHECK (cardinality("source_urls") <= 5),
  ADD CONSTRAINT "regulation_entry_years_range" CHECK (
    ("instrument_year" IS NULL OR "instrument_year" BETWEEN 1800 AND 2100) AND
    ("last_amended_year" IS NULL OR "last_amended_year" BETWEEN 1800 AND 2100));

ALTER TABLE "policy"
  ADD CONSTRAINT "policy_years_range" CHECK (
    ("launch_year" IS NULL OR "launch_year" BETWEEN 1900 AND 2100) AND
    ("end_year" IS NULL OR "end_year" BETWEEN 1900 AND 2100)),
  ADD CONSTRAINT "policy_end_after_launch" CHECK ("end_year" IS NULL OR "launch_year" IS NULL OR "end_year" >= "launch_year"),
  ADD CONSTRAINT "policy_version_positive" CHECK ("version" >= 1);

-- Emails are stored lower-cased so that sign-in is case-insensitive.
ALTER TABLE "app_user"
  ADD CONSTRAINT "app_user_email_lower" CHECK ("email" = lower("email"));

ALTER TABLE "ingestion_run"
  ADD CONSTRAINT "ingestion_run_counts_nonnegative" CHECK (
    "rows_read" >= 0 AND "rows_inserted" >= 0 AND "rows_updated" >= 0 AND
    "rows_unchanged" >= 0 AND "rows_rejected" >= 0 AND "error_count" >= 0);
