-- verdict: safe
BEGIN;
--
-- Raw SQL operation
--
-- verdict: safe
SET LOCAL lock_timeout = '4s';
--
-- Rename field name on product to title
--
-- verdict: hazard breaks-running-app
ALTER TABLE "shop_product" RENAME COLUMN "name" TO "title";
--
-- Alter unique_together for orderitem (1 constraint(s))
--
-- verdict: hazard blocks-writes
ALTER TABLE "shop_orderitem" ADD CONSTRAINT "shop_orderitem_order_id_product_id_4e2a7b1c_uniq" UNIQUE ("order_id", "product_id");
-- verdict: safe
COMMIT;
