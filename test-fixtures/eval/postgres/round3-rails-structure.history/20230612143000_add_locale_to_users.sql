-- verdict: safe
BEGIN;
-- verdict: safe
SET lock_timeout TO '10s';
-- verdict: hazard lock-held-for-later-work
ALTER TABLE "users" ADD "locale" character varying;
-- Same transaction as the ALTER: every row rewritten while ACCESS EXCLUSIVE is held.
-- verdict: hazard backfill-in-transaction
UPDATE "users" SET "locale" = 'en';
-- verdict: hazard not-null-scan
ALTER TABLE "users" ALTER COLUMN "locale" SET NOT NULL;
-- verdict: safe
INSERT INTO "schema_migrations" ("version") VALUES ('20230612143000');
-- verdict: safe
COMMIT;
