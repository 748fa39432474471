-- fixture: --dialect mysql --select mysql-drop-partition
-- expect: mysql-drop-partition
ALTER TABLE entries DROP PARTITION p2022;

-- expect: mysql-drop-partition
ALTER TABLE `entries` TRUNCATE PARTITION p2023, p2024;

ALTER TABLE entries ADD PARTITION (PARTITION p2026 VALUES LESS THAN ('2027-01-01'));
ALTER TABLE entries DROP INDEX idx_entries_date;

CREATE TABLE staging_entries (id bigint, day date) PARTITION BY RANGE COLUMNS (day) (PARTITION p0 VALUES LESS THAN ('2024-01-01'));
ALTER TABLE staging_entries DROP PARTITION p0;

-- the archive recipe: the partition's rows are exchanged into a table first, then the empty partition goes
CREATE TABLE entries_2021 LIKE entries;
ALTER TABLE entries_2021 REMOVE PARTITIONING;
ALTER TABLE entries EXCHANGE PARTITION p2021 WITH TABLE entries_2021;
ALTER TABLE entries DROP PARTITION p2021;
-- exchanged, but rows were written to the table since
ALTER TABLE entries EXCHANGE PARTITION p2020 WITH TABLE entries_2020;
INSERT INTO entries (id, day) VALUES (1, '2020-05-01');
-- expect: mysql-drop-partition
ALTER TABLE entries DROP PARTITION p2020;
