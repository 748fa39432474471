-- AlterTable
-- verdict: safe
ALTER TABLE `Post` ADD COLUMN `published` BOOLEAN NOT NULL DEFAULT false;

-- CreateIndex
-- verdict: safe
CREATE INDEX `Post_published_idx` ON `Post`(`published`);
