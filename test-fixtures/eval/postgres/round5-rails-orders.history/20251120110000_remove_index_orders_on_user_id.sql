-- verdict: safe
BEGIN;
-- RemoveIndexOrdersOnUserId (covered by a newer composite index)
-- verdict: safe
SET lock_timeout TO '10s';
-- verdict: hazard drop-index-blocking
DROP INDEX "index_orders_on_user_id";
-- verdict: safe
INSERT INTO "schema_migrations" ("version") VALUES ('20251120110000') RETURNING "version";
-- verdict: safe
COMMIT;
