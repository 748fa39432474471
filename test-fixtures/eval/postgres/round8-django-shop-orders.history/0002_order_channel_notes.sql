-- verdict: safe
BEGIN;
--
-- Raw SQL operation
--
-- verdict: safe
SET LOCAL lock_timeout = '4s';
--
-- Add field channel to order
--
-- verdict: safe
ALTER TABLE "shop_order" ADD COLUMN "channel" varchar(20) DEFAULT 'web' NOT NULL;
-- verdict: hazard breaks-running-app
ALTER TABLE "shop_order" ALTER COLUMN "channel" DROP DEFAULT;
--
-- Add field notes to order
--
-- verdict: safe
ALTER TABLE "shop_order" ADD COLUMN "notes" text NULL;
-- verdict: safe
COMMIT;
