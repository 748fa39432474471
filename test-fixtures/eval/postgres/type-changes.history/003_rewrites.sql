-- verdict: safe
SET lock_timeout = '4s';

-- verdict: hazard table-rewrite
ALTER TABLE products ALTER COLUMN id TYPE bigint;

-- verdict: hazard table-rewrite
ALTER TABLE products ALTER COLUMN sku TYPE varchar(16);

-- verdict: hazard table-rewrite
ALTER TABLE products ALTER COLUMN stock TYPE bigint USING stock::bigint;

-- verdict: hazard table-rewrite
ALTER TABLE products ALTER COLUMN weight TYPE double precision;
