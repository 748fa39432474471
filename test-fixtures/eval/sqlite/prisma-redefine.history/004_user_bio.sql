-- verdict: safe
-- AlterTable
ALTER TABLE "User" ADD COLUMN "bio" TEXT;

-- verdict: safe
-- AlterTable
ALTER TABLE "User" ADD COLUMN "active" BOOLEAN NOT NULL DEFAULT true;
