-- verdict: safe
BEGIN;
--
-- Raw SQL operation
--
-- verdict: safe
SET LOCAL lock_timeout = '4s';
--
-- Add field item_count to order
--
-- verdict: hazard lock-held-for-later-work
ALTER TABLE "shop_order" ADD COLUMN "item_count" integer NULL;
--
-- Raw SQL operation
--
-- verdict: hazard unbatched-backfill
UPDATE "shop_order" o SET "item_count" = s.cnt FROM (SELECT "order_id", count(*) AS cnt FROM "shop_orderitem" GROUP BY "order_id") s WHERE s."order_id" = o."id";
-- verdict: safe
COMMIT;
