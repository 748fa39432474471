-- expect: column-type-change-rewrite
ALTER TABLE products ALTER COLUMN stock TYPE integer;

-- expect: column-type-change-rewrite
ALTER TABLE products ALTER COLUMN sku TYPE varchar(16);

-- expect: column-type-change-rewrite
ALTER TABLE products ALTER COLUMN body TYPE varchar(500);

-- expect: column-type-change-rewrite
ALTER TABLE products ALTER COLUMN price TYPE numeric(14, 4);

-- expect: column-type-change-rewrite
ALTER TABLE products ALTER COLUMN code TYPE text;

-- expect: column-type-change-rewrite
ALTER TABLE products ALTER COLUMN created_at TYPE timestamptz;

-- expect: column-type-change-rewrite
ALTER TABLE products ALTER COLUMN title TYPE integer USING length(title);

-- expect: column-type-change-rewrite
ALTER TABLE products ALTER COLUMN tags TYPE text[];
