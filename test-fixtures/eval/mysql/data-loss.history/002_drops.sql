-- verdict: hazard data-loss
ALTER TABLE customers DROP COLUMN fax;

-- verdict: hazard data-loss
DROP TABLE legacy_logs;

-- verdict: hazard data-loss
TRUNCATE TABLE cache_entries;

-- verdict: hazard data-loss
DELETE FROM carts;

-- verdict: safe
DELETE FROM carts WHERE id = 10;
