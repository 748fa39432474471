-- CreateIndex
-- verdict: safe
CREATE INDEX `Order_teamId_idx` ON `Order`(`teamId`);

-- AddForeignKey
-- verdict: hazard blocks-writes
ALTER TABLE `Order` ADD CONSTRAINT `Order_teamId_fkey` FOREIGN KEY (`teamId`) REFERENCES `Team`(`id`) ON DELETE RESTRICT ON UPDATE CASCADE;
