/*
  Warnings:

  - You are about to drop the column `name` on the `User` table. All the data in the column will be lost.

*/
-- verdict: safe
SET lock_timeout = '3s';

-- AlterTable
-- verdict: hazard data-loss
ALTER TABLE "User" DROP COLUMN "name",
ADD COLUMN     "fullName" TEXT;

-- CreateIndex
-- verdict: hazard blocks-writes
CREATE INDEX "Membership_teamId_idx" ON "Membership"("teamId");
