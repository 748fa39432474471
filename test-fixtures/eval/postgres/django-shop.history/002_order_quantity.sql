-- verdict: safe
BEGIN;
--
-- Add field quantity to order
--
-- verdict: hazard check-validation-scan
ALTER TABLE "shop_order" ADD COLUMN "quantity" integer DEFAULT 1 NOT NULL CHECK ("quantity" >= 0);
-- verdict: safe
ALTER TABLE "shop_order" ALTER COLUMN "quantity" DROP DEFAULT;
-- verdict: safe
COMMIT;
