-- AlterTable
-- verdict: hazard table-rewrite
ALTER TABLE `Order` MODIFY `amount` BIGINT NOT NULL;
