-- verdict: safe
BEGIN;
-- verdict: safe
SET lock_timeout TO '10s';
-- Column listed in self.ignored_columns since the previous release.
-- verdict: hazard data-loss
ALTER TABLE "users" DROP COLUMN "reset_password_token";
-- verdict: safe
INSERT INTO "schema_migrations" ("version") VALUES ('20240108120000');
-- verdict: safe
COMMIT;
