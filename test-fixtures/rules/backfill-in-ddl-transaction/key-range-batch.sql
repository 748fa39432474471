-- fixture: --select backfill-in-ddl-transaction --assume-in-transaction
-- A narrow range of the integer primary key (at most 1,000 key values) is one batch of a batched backfill, not a
-- backfill of the table: it changes few rows under the lock.
ALTER TABLE orders ADD COLUMN region text;
UPDATE orders SET region = 'eu' WHERE id BETWEEN 1 AND 100 AND region IS NULL;
UPDATE orders SET region = 'eu' WHERE id >= 500 AND id < 1000;
UPDATE orders SET region = 'eu' WHERE id < 50;
-- wider ranges, and ranges of another column, are still the table
-- expect: backfill-in-ddl-transaction
UPDATE orders SET region = 'us' WHERE id BETWEEN 1 AND 1000000;
-- expect: backfill-in-ddl-transaction
UPDATE orders SET region = 'us' WHERE id > 1000;
-- expect: backfill-in-ddl-transaction
UPDATE orders SET region = 'us' WHERE total BETWEEN 1 AND 100;
