-- verdict: safe
SET lock_timeout = '4s';

-- verdict: hazard table-rewrite
ALTER TABLE products ALTER COLUMN tags TYPE varchar(64);

-- verdict: safe
ALTER TABLE products ALTER COLUMN price TYPE numeric(12, 2), ALTER COLUMN title TYPE text;

-- verdict: safe
ALTER TABLE products ALTER COLUMN price TYPE numeric;

-- verdict: hazard table-rewrite
ALTER TABLE products ALTER COLUMN legacy_code TYPE integer USING legacy_code::integer;

-- verdict: safe
ALTER TABLE products ALTER COLUMN description TYPE varchar;
