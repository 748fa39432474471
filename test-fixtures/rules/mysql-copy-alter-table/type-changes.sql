-- fixture: --dialect mysql --select mysql-copy-alter-table
-- expect: mysql-copy-alter-table
ALTER TABLE `cached_data` MODIFY `value` MEDIUMBLOB NOT NULL;
-- expect: mysql-copy-alter-table
ALTER TABLE users CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
-- expect: mysql-copy-alter-table
ALTER TABLE devices DROP PRIMARY KEY;
-- expect: mysql-copy-alter-table
ALTER TABLE users ADD COLUMN nickname VARCHAR(50), ALGORITHM=COPY;
ALTER TABLE devices DROP PRIMARY KEY, ADD PRIMARY KEY (uuid, user_uuid);
ALTER TABLE users MODIFY email VARCHAR(191) NOT NULL, ALGORITHM=INPLACE, LOCK=NONE;
-- expect: mysql-copy-alter-table
ALTER TABLE price_history ADD COLUMN id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY FIRST;
ALTER TABLE click_log ADD PRIMARY KEY (session_id, product_id, clicked_at);
