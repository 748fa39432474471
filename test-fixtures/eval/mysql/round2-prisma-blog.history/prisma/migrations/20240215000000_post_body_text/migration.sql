-- AlterTable
-- verdict: hazard table-copy
ALTER TABLE `Post` MODIFY `body` TEXT NULL;
