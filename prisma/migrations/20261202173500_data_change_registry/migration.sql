-- The source registry and its links tell the server instances what they invalidate, like the
-- other data tables (see the data_change_notify migration). policy_source was made anew by the
-- source registry migration, so its trigger is made again here. A source is cited by entries,
-- policies, indicator series and marketplaces: a change to one invalidates all three kinds.
DROP TRIGGER IF EXISTS policy_source_data_change ON policy_source;
CREATE TRIGGER policy_source_data_change AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON policy_source FOR EACH STATEMENT EXECUTE FUNCTION notify_data_change('policies');
CREATE TRIGGER regulation_entry_source_data_change AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON regulation_entry_source FOR EACH STATEMENT EXECUTE FUNCTION notify_data_change('regulations');
CREATE TRIGGER indicator_source_data_change AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON indicator_source FOR EACH STATEMENT EXECUTE FUNCTION notify_data_change('catalogue');
CREATE TRIGGER marketplace_source_data_change AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON marketplace_source FOR EACH STATEMENT EXECUTE FUNCTION notify_data_change('catalogue');
CREATE TRIGGER source_data_change_regulations AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON source FOR EACH STATEMENT EXECUTE FUNCTION notify_data_change('regulations');
CREATE TRIGGER source_data_change_policies AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON source FOR EACH STATEMENT EXECUTE FUNCTION notify_data_change('policies');
CREATE TRIGGER source_data_change_catalogue AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON source FOR EACH STATEMENT EXECUTE FUNCTION notify_data_change('catalogue');
