-- verdict: safe
BEGIN;
-- AddCurrencyToOrders
-- verdict: safe
SET lock_timeout TO '10s';
-- verdict: hazard lock-held-for-later-work
ALTER TABLE "orders" ADD "currency" character varying(3);
-- verdict: hazard backfill-in-transaction
UPDATE "orders" SET "currency" = 'USD';
-- verdict: hazard set-not-null-scan
ALTER TABLE "orders" ALTER COLUMN "currency" SET NOT NULL;
-- verdict: safe
INSERT INTO "schema_migrations" ("version") VALUES ('20250603100000') RETURNING "version";
-- verdict: safe
COMMIT;
