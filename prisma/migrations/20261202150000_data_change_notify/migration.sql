-- Every committed write to a data table tells the server instances which cached data it invalidates
-- (lib/core/cache/listen.ts). NOTIFY is delivered at commit, and identical notifications of one
-- transaction are sent once, so a statement-level trigger costs one notification per table and transaction.
-- The body is an escaped string (\073 is the semicolon), as the migration runner splits statements on semicolons.
CREATE FUNCTION notify_data_change() RETURNS trigger LANGUAGE plpgsql AS
  E'BEGIN PERFORM pg_notify(''data_change'', TG_ARGV[0])\073 RETURN NULL\073 END';

CREATE TRIGGER traffic_monthly_data_change AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON traffic_monthly FOR EACH STATEMENT EXECUTE FUNCTION notify_data_change('traffic');
CREATE TRIGGER traffic_revision_data_change AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON traffic_revision FOR EACH STATEMENT EXECUTE FUNCTION notify_data_change('traffic');
CREATE TRIGGER origin_share_data_change AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON origin_share FOR EACH STATEMENT EXECUTE FUNCTION notify_data_change('traffic');
CREATE TRIGGER gender_share_data_change AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON gender_share FOR EACH STATEMENT EXECUTE FUNCTION notify_data_change('traffic');
CREATE TRIGGER age_share_data_change AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON age_share FOR EACH STATEMENT EXECUTE FUNCTION notify_data_change('traffic');
CREATE TRIGGER ingestion_run_data_change AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ingestion_run FOR EACH STATEMENT EXECUTE FUNCTION notify_data_change('traffic');

CREATE TRIGGER region_data_change AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON region FOR EACH STATEMENT EXECUTE FUNCTION notify_data_change('catalogue');
CREATE TRIGGER country_data_change AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON country FOR EACH STATEMENT EXECUTE FUNCTION notify_data_change('catalogue');
CREATE TRIGGER marketplace_data_change AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON marketplace FOR EACH STATEMENT EXECUTE FUNCTION notify_data_change('catalogue');
CREATE TRIGGER indicator_data_change AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON indicator FOR EACH STATEMENT EXECUTE FUNCTION notify_data_change('catalogue');
CREATE TRIGGER indicator_value_data_change AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON indicator_value FOR EACH STATEMENT EXECUTE FUNCTION notify_data_change('catalogue');

CREATE TRIGGER regulation_pillar_data_change AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON regulation_pillar FOR EACH STATEMENT EXECUTE FUNCTION notify_data_change('regulations');
CREATE TRIGGER regulation_indicator_data_change AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON regulation_indicator FOR EACH STATEMENT EXECUTE FUNCTION notify_data_change('regulations');
CREATE TRIGGER regulation_entry_data_change AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON regulation_entry FOR EACH STATEMENT EXECUTE FUNCTION notify_data_change('regulations');

CREATE TRIGGER instrument_type_data_change AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON instrument_type FOR EACH STATEMENT EXECUTE FUNCTION notify_data_change('policies');
CREATE TRIGGER target_group_data_change AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON target_group FOR EACH STATEMENT EXECUTE FUNCTION notify_data_change('policies');
CREATE TRIGGER policy_data_change AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON policy FOR EACH STATEMENT EXECUTE FUNCTION notify_data_change('policies');
CREATE TRIGGER policy_instrument_type_data_change AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON policy_instrument_type FOR EACH STATEMENT EXECUTE FUNCTION notify_data_change('policies');
CREATE TRIGGER policy_target_group_data_change AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON policy_target_group FOR EACH STATEMENT EXECUTE FUNCTION notify_data_change('policies');
CREATE TRIGGER policy_result_data_change AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON policy_result FOR EACH STATEMENT EXECUTE FUNCTION notify_data_change('policies');
CREATE TRIGGER policy_source_data_change AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON policy_source FOR EACH STATEMENT EXECUTE FUNCTION notify_data_change('policies');
