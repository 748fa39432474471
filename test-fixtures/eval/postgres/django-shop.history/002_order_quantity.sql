-- verdict: safe
BEGIN;
--
-- Add field quantity to order
--
-- verdict: hazard check-validation-scan
ALTER TABLE "shop_order" ADD COLUMN "quantity" integer DEFAULT 1 NOT NULL CHECK ("quantity" >= 0);
-- (relabelled in session 10: the running release's INSERTs leave the new NOT NULL column out and fail once its default is gone)
-- verdict: hazard breaks-running-app
ALTER TABLE "shop_order" ALTER COLUMN "quantity" DROP DEFAULT;
-- verdict: safe
COMMIT;
