/*
  Warnings:

  - You are about to drop the column `name` on the `User` table. All the data in the column will be lost.

*/
-- AlterTable
-- verdict: hazard data-loss
ALTER TABLE `User` DROP COLUMN `name`,
    ADD COLUMN `displayName` VARCHAR(191) NULL;
