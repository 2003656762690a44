-- CreateTable
CREATE TABLE "marketplace_year_visits" (
    "marketplace_id" INTEGER NOT NULL,
    "year" SMALLINT NOT NULL,
    "visits" BIGINT NOT NULL,
    "months" SMALLINT NOT NULL,

    CONSTRAINT "marketplace_year_visits_pkey" PRIMARY KEY ("marketplace_id","year")
);

-- CreateIndex
CREATE INDEX "marketplace_year_visits_year_marketplace_id_idx" ON "marketplace_year_visits"("year", "marketplace_id");

-- AddForeignKey
ALTER TABLE "marketplace_year_visits" ADD CONSTRAINT "marketplace_year_visits_marketplace_id_fkey" FOREIGN KEY ("marketplace_id") REFERENCES "marketplace"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Kept equal to traffic_monthly by statement-level triggers: each statement that writes traffic rows
-- recounts the marketplace-years it touched, inside the writing transaction (ingestion, the seed, psql).
-- Function bodies are escaped strings (\073 is the semicolon), as the migration runner splits statements on semicolons.
CREATE FUNCTION recount_marketplace_years(ids int[], years int[]) RETURNS void LANGUAGE sql AS
  E'DELETE FROM marketplace_year_visits a USING unnest(ids, years) AS k(id, year) WHERE a.marketplace_id = k.id AND a.year = k.year\073 INSERT INTO marketplace_year_visits (marketplace_id, year, visits, months) SELECT t.marketplace_id, k.year, sum(t.visits), count(*) FROM unnest(ids, years) AS k(id, year) JOIN traffic_monthly t ON t.marketplace_id = k.id AND t.month >= make_date(k.year, 1, 1) AND t.month < make_date(k.year + 1, 1, 1) GROUP BY t.marketplace_id, k.year';

CREATE FUNCTION marketplace_year_visits_sync() RETURNS trigger LANGUAGE plpgsql AS
  E'BEGIN IF TG_OP = ''TRUNCATE'' THEN DELETE FROM marketplace_year_visits\073 ELSIF TG_OP = ''INSERT'' THEN PERFORM recount_marketplace_years(array_agg(id), array_agg(year)) FROM (SELECT DISTINCT marketplace_id AS id, extract(year FROM month)::int AS year FROM new_rows) AS k\073 ELSIF TG_OP = ''DELETE'' THEN PERFORM recount_marketplace_years(array_agg(id), array_agg(year)) FROM (SELECT DISTINCT marketplace_id AS id, extract(year FROM month)::int AS year FROM old_rows) AS k\073 ELSE PERFORM recount_marketplace_years(array_agg(id), array_agg(year)) FROM ( SELECT marketplace_id AS id, extract(year FROM month)::int AS year FROM new_rows UNION SELECT marketplace_id, extract(year FROM month)::int FROM old_rows) AS k\073 END IF\073 RETURN NULL\073 END';

CREATE TRIGGER traffic_monthly_year_insert AFTER INSERT ON traffic_monthly REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION marketplace_year_visits_sync();
CREATE TRIGGER traffic_monthly_year_update AFTER UPDATE ON traffic_monthly REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION marketplace_year_visits_sync();
CREATE TRIGGER traffic_monthly_year_delete AFTER DELETE ON traffic_monthly REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION marketplace_year_visits_sync();
CREATE TRIGGER traffic_monthly_year_truncate AFTER TRUNCATE ON traffic_monthly FOR EACH STATEMENT EXECUTE FUNCTION marketplace_year_visits_sync();

-- Rows already loaded.
INSERT INTO marketplace_year_visits (marketplace_id, year, visits, months)
SELECT marketplace_id, extract(year FROM month)::int, sum(visits), count(*) FROM traffic_monthly GROUP BY 1, 2;
