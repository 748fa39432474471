-- edited by hand: keep the DDL from queueing behind long transactions
-- verdict: safe
SET lock_timeout = '5s';

-- CreateEnum
-- verdict: safe
CREATE TYPE "Plan" AS ENUM ('FREE', 'PRO', 'ENTERPRISE');

-- AlterTable
-- verdict: safe
ALTER TABLE "Workspace" ADD COLUMN     "plan" "Plan" NOT NULL DEFAULT 'FREE';
