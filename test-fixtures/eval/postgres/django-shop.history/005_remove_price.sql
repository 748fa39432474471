-- verdict: safe
BEGIN;
--
-- Remove field price from product
--
-- verdict: hazard data-loss
ALTER TABLE "shop_product" DROP COLUMN "price" CASCADE;
-- verdict: safe
COMMIT;
