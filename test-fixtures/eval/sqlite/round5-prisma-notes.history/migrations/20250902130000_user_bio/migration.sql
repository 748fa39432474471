-- AlterTable
-- verdict: hazard not-null-without-default
ALTER TABLE "User" ADD COLUMN "bio" TEXT NOT NULL;
