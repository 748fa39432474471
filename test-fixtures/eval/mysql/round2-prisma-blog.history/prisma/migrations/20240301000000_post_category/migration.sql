-- AlterTable
-- verdict: safe
ALTER TABLE `Post` ADD COLUMN `categoryId` INTEGER NULL;

-- AddForeignKey
-- verdict: hazard table-copy
ALTER TABLE `Post` ADD CONSTRAINT `Post_categoryId_fkey` FOREIGN KEY (`categoryId`) REFERENCES `Category`(`id`) ON DELETE SET NULL ON UPDATE CASCADE;
