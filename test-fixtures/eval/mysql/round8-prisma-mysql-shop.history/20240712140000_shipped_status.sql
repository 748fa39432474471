-- AlterTable
-- verdict: hazard table-rewrite
ALTER TABLE `Order` MODIFY `status` ENUM('PENDING', 'PAID', 'SHIPPED', 'CANCELLED', 'REFUNDED') NOT NULL DEFAULT 'PENDING';

-- AlterTable
-- verdict: safe
ALTER TABLE `Team` ADD COLUMN `billingEmail` VARCHAR(191) NULL;
