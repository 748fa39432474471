-- AlterTable
-- verdict: safe
ALTER TABLE `Order` MODIFY `status` ENUM('PENDING', 'PAID', 'CANCELLED', 'REFUNDED') NOT NULL DEFAULT 'PENDING';
