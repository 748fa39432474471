-- verdict: safe
SET lock_timeout = '3s';

-- AlterEnum
-- verdict: safe
ALTER TYPE "Plan" ADD VALUE 'ENTERPRISE';

-- Move the big-seat teams onto the new plan right away
-- verdict: hazard fails-in-transaction
UPDATE "Subscription" SET "plan" = 'ENTERPRISE' WHERE "seats" >= 500;
