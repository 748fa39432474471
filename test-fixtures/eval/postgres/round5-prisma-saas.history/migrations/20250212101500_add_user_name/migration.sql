-- AlterTable
-- verdict: hazard missing-lock-timeout
ALTER TABLE "User" ADD COLUMN     "name" TEXT;
