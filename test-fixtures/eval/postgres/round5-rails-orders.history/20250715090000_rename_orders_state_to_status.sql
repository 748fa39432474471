-- verdict: safe
BEGIN;
-- RenameOrdersStateToStatus
-- verdict: hazard rename-column
ALTER TABLE "orders" RENAME COLUMN "state" TO "status";
-- verdict: safe
INSERT INTO "schema_migrations" ("version") VALUES ('20250715090000') RETURNING "version";
-- verdict: safe
COMMIT;
