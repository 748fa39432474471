-- fixture: --dialect mysql --select mysql-copy-alter-table
-- repartitioning an existing table copies every row
-- expect: mysql-copy-alter-table
ALTER TABLE order_events
    PARTITION BY RANGE COLUMNS (created_at) (
        PARTITION p2023 VALUES LESS THAN ('2024-01-01'),
        PARTITION pmax VALUES LESS THAN (MAXVALUE)
    );
-- expect: mysql-copy-alter-table
ALTER TABLE order_events REMOVE PARTITIONING;
-- adding a partition at the end is in place
ALTER TABLE order_events ADD PARTITION (PARTITION p2025 VALUES LESS THAN ('2026-01-01'));
-- a table of this migration holds no rows
CREATE TABLE staging (id bigint, created_at date);
ALTER TABLE staging PARTITION BY HASH (id) PARTITIONS 4;
