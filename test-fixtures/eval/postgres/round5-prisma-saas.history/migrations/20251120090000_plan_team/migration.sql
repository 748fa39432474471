-- AlterEnum
-- verdict: safe
ALTER TYPE "Plan" ADD VALUE 'TEAM';

-- AlterTable
-- verdict: hazard enum-value-used-in-same-transaction
ALTER TABLE "Workspace" ALTER COLUMN "plan" SET DEFAULT 'TEAM';
