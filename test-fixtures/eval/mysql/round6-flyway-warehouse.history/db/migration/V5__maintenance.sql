-- verdict: hazard table-copy
OPTIMIZE TABLE products;
-- verdict: safe
ALTER TABLE stock_levels FORCE;
-- verdict: hazard data-loss
TRUNCATE TABLE import_batches;
