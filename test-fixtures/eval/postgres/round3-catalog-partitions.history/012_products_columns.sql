-- verdict: safe
SET lock_timeout = '5s';

-- verdict: safe
ALTER TABLE catalog.products ALTER COLUMN sku TYPE varchar(64);

-- verdict: safe
ALTER TABLE catalog.products ALTER COLUMN price TYPE numeric(12, 2);

-- Collation only, no index on description: binary-compatible, no rewrite, no index to rebuild.
-- verdict: safe
ALTER TABLE catalog.products ALTER COLUMN description TYPE text COLLATE "C";

-- verdict: hazard fk-validation
ALTER TABLE catalog.products
    ADD CONSTRAINT products_category_fk FOREIGN KEY (category_id) REFERENCES catalog.categories (id);
