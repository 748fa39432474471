-- verdict: safe
BEGIN;
-- verdict: safe
ALTER TABLE "orders" VALIDATE CONSTRAINT "fk_rails_0ad3b3a2c5";
-- verdict: safe
INSERT INTO "schema_migrations" ("version") VALUES ('20230421090000');
-- verdict: safe
COMMIT;
