-- verdict: safe
SET SESSION lock_wait_timeout = 10;

-- verdict: hazard breaks-running-app
ALTER TABLE customers RENAME COLUMN name TO full_name;

-- ~30M historic orders in a single statement: huge transaction, row locks, replica lag
-- verdict: hazard unbatched-backfill
UPDATE orders SET channel = 'legacy' WHERE created_at < '2022-01-01';

-- one batch of a loop driven by the deploy script
-- verdict: safe
UPDATE orders SET shipped_at = created_at WHERE status = 'shipped' AND shipped_at IS NULL ORDER BY id LIMIT 5000;

-- verdict: hazard data-loss
ALTER TABLE orders DROP COLUMN note;
