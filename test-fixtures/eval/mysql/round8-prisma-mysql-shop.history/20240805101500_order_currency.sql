/*
  Warnings:

  - Added the required column `currency` to the `Order` table without a default value. This is not possible if the table is not empty.

*/
-- AlterTable
-- verdict: hazard breaks-running-app
ALTER TABLE `Order` ADD COLUMN `currency` VARCHAR(3) NOT NULL;

-- AlterTable
-- verdict: safe
ALTER TABLE `User` ADD COLUMN `locale` VARCHAR(16) NOT NULL DEFAULT 'en';

-- CreateIndex
-- verdict: safe
CREATE INDEX `Order_status_createdAt_idx` ON `Order`(`status`, `createdAt`);
