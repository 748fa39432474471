-- Django on MySQL: AddField with a default for the existing rows
ALTER TABLE `shop_order` ADD COLUMN `is_gift` bool DEFAULT false NOT NULL;
-- expect: drop-default-breaks-inserts
ALTER TABLE `shop_order` ALTER COLUMN `is_gift` DROP DEFAULT;
-- nullable: the old release stores NULL
ALTER TABLE `shop_order` ADD COLUMN `note` varchar(200) DEFAULT '' NULL;
ALTER TABLE `shop_order` ALTER COLUMN `note` DROP DEFAULT;
