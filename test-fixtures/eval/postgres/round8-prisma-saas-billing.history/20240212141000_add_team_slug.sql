-- Hand-added: never queue behind long readers on hot tables
-- verdict: safe
SET lock_timeout = '3s';

-- AlterTable
-- verdict: safe
ALTER TABLE "Team" ADD COLUMN     "slug" TEXT;

-- AlterTable
-- verdict: safe
ALTER TABLE "Subscription" ADD COLUMN     "cancelAtPeriodEnd" BOOLEAN NOT NULL DEFAULT false;
