-- fixture: --dialect mysql --select mysql-drop-partition
-- expect: mysql-drop-partition
ALTER TABLE entries DROP PARTITION p2022;

-- expect: mysql-drop-partition
ALTER TABLE `entries` TRUNCATE PARTITION p2023, p2024;

ALTER TABLE entries ADD PARTITION (PARTITION p2026 VALUES LESS THAN ('2027-01-01'));
ALTER TABLE entries DROP INDEX idx_entries_date;

CREATE TABLE staging_entries (id bigint, day date) PARTITION BY RANGE COLUMNS (day) (PARTITION p0 VALUES LESS THAN ('2024-01-01'));
ALTER TABLE staging_entries DROP PARTITION p0;
