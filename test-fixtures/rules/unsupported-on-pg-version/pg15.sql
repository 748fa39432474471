-- fixture: --select unsupported-on-pg-version
-- The default version (15) has all of these.
REINDEX TABLE CONCURRENTLY subscriptions;
CREATE UNIQUE INDEX CONCURRENTLY subscriptions_plan_key ON subscriptions (account_id, plan_id) NULLS NOT DISTINCT;
CREATE OR REPLACE TRIGGER subscriptions_touch BEFORE UPDATE ON subscriptions
    FOR EACH ROW EXECUTE FUNCTION touch_updated_at();
MERGE INTO subscriptions s USING plan_changes c ON s.id = c.subscription_id
    WHEN MATCHED THEN UPDATE SET plan_id = c.plan_id;
ALTER TABLE measurements DETACH PARTITION measurements_2023 CONCURRENTLY;
