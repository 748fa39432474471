-- verdict: safe
SET lock_timeout = '5s';

-- AlterTable
-- verdict: hazard table-rewrite
ALTER TABLE "Invoice" ALTER COLUMN "totalCents" SET DATA TYPE BIGINT;
