-- fixture: --select unsupported-on-pg-version,reindex-without-concurrently,concurrently-in-transaction,stored-generated-column --pg-version 11
-- A development database on 15, production on 11.
-- expect: unsupported-on-pg-version
REINDEX TABLE CONCURRENTLY subscriptions;
-- expect: unsupported-on-pg-version
ALTER TABLE subscriptions ADD COLUMN renews_on date GENERATED ALWAYS AS ((renews_at AT TIME ZONE 'UTC')::date) STORED;
-- expect: unsupported-on-pg-version
CREATE UNIQUE INDEX CONCURRENTLY subscriptions_plan_key ON subscriptions (account_id, plan_id) NULLS NOT DISTINCT;
-- expect: unsupported-on-pg-version
CREATE OR REPLACE TRIGGER subscriptions_touch BEFORE UPDATE ON subscriptions
    FOR EACH ROW EXECUTE FUNCTION touch_updated_at();
-- expect: unsupported-on-pg-version
MERGE INTO subscriptions s USING plan_changes c ON s.id = c.subscription_id
    WHEN MATCHED THEN UPDATE SET plan_id = c.plan_id;
-- What 11 has: INCLUDE, ON ONLY, procedures, hash partitions.
CREATE INDEX CONCURRENTLY subscriptions_account_idx ON subscriptions (account_id) INCLUDE (status);
CREATE INDEX subscription_events_ts_idx ON ONLY subscription_events (ts);
CREATE PROCEDURE expire_subscriptions() LANGUAGE sql AS $$ UPDATE subscriptions SET status = 'expired' WHERE renews_at < now() $$;
DROP INDEX CONCURRENTLY IF EXISTS subscriptions_old_idx;
