-- verdict: safe
BEGIN;
-- verdict: safe
CREATE VIEW "order_daily_totals" AS SELECT date_trunc('day', created_at) AS day, sum(total_cents) AS total_cents FROM orders GROUP BY 1;
-- verdict: safe
INSERT INTO "ar_internal_metadata" ("key", "value", "created_at", "updated_at") VALUES ('schema_sha1', '9c1f0e3a', now(), now()) ON CONFLICT ("key") DO NOTHING;
-- verdict: safe
INSERT INTO "schema_migrations" ("version") VALUES ('20240210100000');
-- verdict: safe
COMMIT;
