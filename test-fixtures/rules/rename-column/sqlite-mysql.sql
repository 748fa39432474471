-- fixture: --dialect mysql --select rename-column,drop-column,mysql-copy-alter-table
-- expect: rename-column
ALTER TABLE `users` RENAME COLUMN `name` TO `full_name`;
-- expect: rename-column, mysql-copy-alter-table
ALTER TABLE `users` CHANGE `login` `username` VARCHAR(100) NOT NULL;
-- expect: drop-column
ALTER TABLE `users` DROP COLUMN `legacy`;
