-- verdict: hazard rename-column
ALTER TABLE `Post` RENAME COLUMN `body` TO `content`;
