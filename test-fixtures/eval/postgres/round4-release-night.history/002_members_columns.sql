-- verdict: safe
SET lock_timeout = '3s';

-- verdict: hazard volatile-default-rewrite
ALTER TABLE members ADD COLUMN invite_code text NOT NULL DEFAULT md5(random()::text);

-- verdict: hazard volatile-default-rewrite
ALTER TABLE members ADD COLUMN legacy_no serial;

-- verdict: hazard stored-generated-rewrite
ALTER TABLE members ADD COLUMN points_x2 integer GENERATED ALWAYS AS (points * 2) STORED;

-- verdict: hazard not-null-without-default
ALTER TABLE members ADD COLUMN country text NOT NULL;

-- verdict: safe
ALTER TABLE members ADD COLUMN locale text NOT NULL DEFAULT 'en';

-- verdict: safe
ALTER TABLE members ALTER COLUMN profile SET COMPRESSION lz4;

-- verdict: safe
ALTER TABLE members REPLICA IDENTITY FULL;
