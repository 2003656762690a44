-- CreateTable
CREATE TABLE "country_month_visits" (
    "country_iso3" CHAR(3) NOT NULL,
    "month" DATE NOT NULL,
    "visits" BIGINT NOT NULL,
    "marketplaces" INTEGER NOT NULL,
    "demo_rows" INTEGER NOT NULL,
    "sources" TEXT[],

    CONSTRAINT "country_month_visits_pkey" PRIMARY KEY ("country_iso3","month")
);

-- CreateIndex
CREATE INDEX "country_month_visits_month_idx" ON "country_month_visits"("month");

-- AddForeignKey
ALTER TABLE "country_month_visits" ADD CONSTRAINT "country_month_visits_country_iso3_fkey" FOREIGN KEY ("country_iso3") REFERENCES "country"("iso3") ON DELETE CASCADE ON UPDATE CASCADE;


-- Kept equal to traffic_monthly by statement-level triggers, like marketplace_year_visits: each statement that
-- writes traffic rows recounts the country-months it touched, inside the writing transaction. A marketplace that
-- is removed or moves to another country recounts its countries in full (rare, and a country has few rows).
-- Function bodies are escaped strings (\073 is the semicolon), as the migration runner splits statements on semicolons.
CREATE FUNCTION recount_country_months(isos text[], months date[]) RETURNS void LANGUAGE sql AS
  E'DELETE FROM country_month_visits a USING unnest(isos, months) AS k(iso, month) WHERE a.country_iso3 = k.iso AND a.month = k.month\073 INSERT INTO country_month_visits (country_iso3, month, visits, marketplaces, demo_rows, sources) SELECT m.country_iso3, t.month, sum(t.visits), count(*), count(*) FILTER (WHERE t.is_demo), array_agg(DISTINCT t.source ORDER BY t.source) FROM unnest(isos, months) AS k(iso, month) JOIN marketplace m ON m.country_iso3 = k.iso JOIN traffic_monthly t ON t.marketplace_id = m.id AND t.month = k.month GROUP BY m.country_iso3, t.month';

CREATE FUNCTION recount_countries(isos text[]) RETURNS void LANGUAGE sql AS
  E'DELETE FROM country_month_visits WHERE country_iso3 = ANY (isos)\073 INSERT INTO country_month_visits (country_iso3, month, visits, marketplaces, demo_rows, sources) SELECT m.country_iso3, t.month, sum(t.visits), count(*), count(*) FILTER (WHERE t.is_demo), array_agg(DISTINCT t.source ORDER BY t.source) FROM marketplace m JOIN traffic_monthly t ON t.marketplace_id = m.id WHERE m.country_iso3 = ANY (isos) GROUP BY m.country_iso3, t.month';

CREATE FUNCTION country_month_visits_sync() RETURNS trigger LANGUAGE plpgsql AS
  E'BEGIN IF TG_OP = ''TRUNCATE'' THEN DELETE FROM country_month_visits\073 ELSIF TG_OP = ''INSERT'' THEN PERFORM recount_country_months(array_agg(iso), array_agg(month)) FROM (SELECT DISTINCT m.country_iso3::text AS iso, r.month FROM new_rows r JOIN marketplace m ON m.id = r.marketplace_id) AS k\073 ELSIF TG_OP = ''DELETE'' THEN PERFORM recount_country_months(array_agg(iso), array_agg(month)) FROM (SELECT DISTINCT m.country_iso3::text AS iso, r.month FROM old_rows r JOIN marketplace m ON m.id = r.marketplace_id) AS k\073 ELSE PERFORM recount_country_months(array_agg(iso), array_agg(month)) FROM (SELECT m.country_iso3::text AS iso, r.month FROM new_rows r JOIN marketplace m ON m.id = r.marketplace_id UNION SELECT m.country_iso3::text, r.month FROM old_rows r JOIN marketplace m ON m.id = r.marketplace_id) AS k\073 END IF\073 RETURN NULL\073 END';

-- The traffic of a removed marketplace goes by cascade, when the marketplace row can no longer be joined, and the
-- traffic of a moved marketplace does not change at all. Both recount the countries concerned.
CREATE FUNCTION country_month_visits_marketplace_sync() RETURNS trigger LANGUAGE plpgsql AS
  E'BEGIN IF TG_OP = ''DELETE'' THEN PERFORM recount_countries(array_agg(DISTINCT country_iso3::text)) FROM old_rows\073 ELSE PERFORM recount_countries(array_agg(DISTINCT iso)) FROM (SELECT o.country_iso3::text AS iso FROM old_rows o JOIN new_rows n ON n.id = o.id WHERE n.country_iso3 <> o.country_iso3 UNION SELECT n.country_iso3::text FROM old_rows o JOIN new_rows n ON n.id = o.id WHERE n.country_iso3 <> o.country_iso3) AS k HAVING count(*) > 0\073 END IF\073 RETURN NULL\073 END';

CREATE TRIGGER traffic_monthly_country_insert AFTER INSERT ON traffic_monthly REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION country_month_visits_sync();
CREATE TRIGGER traffic_monthly_country_update AFTER UPDATE ON traffic_monthly REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION country_month_visits_sync();
CREATE TRIGGER traffic_monthly_country_delete AFTER DELETE ON traffic_monthly REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION country_month_visits_sync();
CREATE TRIGGER traffic_monthly_country_truncate AFTER TRUNCATE ON traffic_monthly FOR EACH STATEMENT EXECUTE FUNCTION country_month_visits_sync();
CREATE TRIGGER marketplace_country_delete AFTER DELETE ON marketplace REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION country_month_visits_marketplace_sync();
CREATE TRIGGER marketplace_country_update AFTER UPDATE ON marketplace REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION country_month_visits_marketplace_sync();

-- Rows already loaded.
SELECT recount_countries(array_agg(iso3::text)) FROM country;
