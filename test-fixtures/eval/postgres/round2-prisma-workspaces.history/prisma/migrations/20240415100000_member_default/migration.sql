-- AlterEnum
-- verdict: safe
ALTER TYPE "Role" ADD VALUE 'MEMBER';

-- AlterTable
-- verdict: hazard enum-value-used-in-transaction
ALTER TABLE "User" ALTER COLUMN "role" SET DEFAULT 'MEMBER';
