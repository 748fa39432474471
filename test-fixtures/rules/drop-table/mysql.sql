-- fixture: --dialect mysql --select drop-table,rename-table
-- expect: drop-table
DROP TABLE IF EXISTS `legacy_sessions`;
-- expect: rename-table
RENAME TABLE `orders` TO `purchases`;
-- expect: rename-table
ALTER TABLE `items` RENAME TO `products`;
