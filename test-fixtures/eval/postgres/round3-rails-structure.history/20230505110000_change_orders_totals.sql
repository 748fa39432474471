-- verdict: safe
BEGIN;
-- verdict: safe
SET lock_timeout TO '10s';
-- verdict: hazard lock-held-for-later-work
ALTER TABLE "orders" ALTER COLUMN "state" SET DEFAULT 'draft';
-- verdict: hazard table-rewrite
ALTER TABLE "orders" ALTER COLUMN "total_cents" TYPE bigint;
-- verdict: safe
INSERT INTO "schema_migrations" ("version") VALUES ('20230505110000');
-- verdict: safe
COMMIT;
