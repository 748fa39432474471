-- verdict: safe
BEGIN;
--
-- Raw SQL operation
--
-- verdict: safe
SET LOCAL lock_timeout = '5s';
--
-- Remove field status from subscription
--
-- verdict: hazard data-loss
ALTER TABLE "billing_subscription" DROP COLUMN "status" CASCADE;
-- verdict: safe
COMMIT;
