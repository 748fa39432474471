-- verdict: safe
BEGIN;
--
-- Raw SQL operation
--
-- verdict: safe
SET LOCAL lock_timeout = '4s';
--
-- Remove field legacy_coupon_code from order
-- (field left the model state in 0005 via SeparateDatabaseAndState; release 2024.07 no longer reads it)
--
-- verdict: hazard data-loss
ALTER TABLE "shop_order" DROP COLUMN "legacy_coupon_code" CASCADE;
--
-- Add field marketing_opt_in to customer (db_default=False)
--
-- verdict: safe
ALTER TABLE "shop_customer" ADD COLUMN "marketing_opt_in" boolean DEFAULT false NOT NULL;
-- verdict: safe
COMMIT;
