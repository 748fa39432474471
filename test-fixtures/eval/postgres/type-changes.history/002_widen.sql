-- verdict: safe
SET lock_timeout = '4s';

-- verdict: safe
ALTER TABLE products ALTER COLUMN title TYPE varchar(255);

-- verdict: safe
ALTER TABLE products ALTER COLUMN description TYPE text;

-- verdict: safe
ALTER TABLE products ALTER COLUMN price TYPE numeric(10, 2);

-- verdict: safe
ALTER TABLE products ALTER COLUMN sku SET DATA TYPE varchar(64);
