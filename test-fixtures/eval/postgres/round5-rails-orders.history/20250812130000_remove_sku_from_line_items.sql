-- verdict: safe
BEGIN;
-- RemoveSkuFromLineItems (same release that deleted the reads of line_item.sku)
-- verdict: safe
SET lock_timeout TO '10s';
-- verdict: hazard data-loss
ALTER TABLE "line_items" DROP COLUMN "sku";
-- verdict: safe
INSERT INTO "schema_migrations" ("version") VALUES ('20250812130000') RETURNING "version";
-- verdict: safe
COMMIT;
