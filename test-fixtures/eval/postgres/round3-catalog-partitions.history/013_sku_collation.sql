-- verdict: safe
SET lock_timeout = '5s';

-- Same type, new collation: no table rewrite, but products_sku_key must be rebuilt (sort order changes)
-- while ACCESS EXCLUSIVE is held.
-- verdict: hazard index-rebuild
ALTER TABLE catalog.products ALTER COLUMN sku TYPE varchar(64) COLLATE "C";
