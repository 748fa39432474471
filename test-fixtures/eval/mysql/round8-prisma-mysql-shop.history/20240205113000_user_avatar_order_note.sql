-- AlterTable
-- verdict: safe
ALTER TABLE `User` ADD COLUMN `avatarUrl` VARCHAR(191) NULL;

-- AlterTable
-- verdict: safe
ALTER TABLE `Order` ADD COLUMN `note` TEXT NULL;

-- CreateIndex
-- verdict: safe
CREATE INDEX `Order_createdAt_idx` ON `Order`(`createdAt`);
