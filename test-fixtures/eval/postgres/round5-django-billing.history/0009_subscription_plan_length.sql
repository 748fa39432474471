-- verdict: safe
BEGIN;
--
-- Raw SQL operation
--
-- verdict: safe
SET LOCAL lock_timeout = '5s';
--
-- Alter field plan on subscription
--
-- verdict: safe
ALTER TABLE "billing_subscription" ALTER COLUMN "plan" TYPE varchar(64);
-- verdict: safe
COMMIT;
