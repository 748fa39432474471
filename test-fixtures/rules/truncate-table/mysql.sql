-- fixture: --dialect mysql --select truncate-table
-- expect: truncate-table
TRUNCATE TABLE `sessions`;
