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
-- partition maintenance that moves rows copies the affected partitions and blocks writes to them
-- expect: mysql-copy-alter-table
ALTER TABLE events REORGANIZE PARTITION p2023, p2024 INTO (PARTITION p2023_2024 VALUES LESS THAN ('2025-01-01'));
-- expect: mysql-copy-alter-table
ALTER TABLE sessions COALESCE PARTITION 4;
-- expect: mysql-copy-alter-table
ALTER TABLE events REBUILD PARTITION p2024;
-- adding or dropping a range partition moves no rows
ALTER TABLE events ADD PARTITION (PARTITION p2026 VALUES LESS THAN ('2027-01-01'));
