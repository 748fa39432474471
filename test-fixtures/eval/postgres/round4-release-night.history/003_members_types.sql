-- verdict: safe
SET lock_timeout = '3s';

-- timestamp -> timestamptz without a UTC session time zone: rewrite.
-- verdict: hazard type-change-rewrite
ALTER TABLE members ALTER COLUMN joined_at TYPE timestamptz;

-- verdict: hazard type-narrowing
ALTER TABLE members ALTER COLUMN nickname TYPE varchar(50);

-- verdict: hazard type-change-rewrite
ALTER TABLE members ALTER COLUMN score TYPE numeric(10,4);

-- verdict: hazard type-change-rewrite
ALTER TABLE members ALTER COLUMN points TYPE text USING points::text;

-- verdict: hazard type-change-rewrite
ALTER TABLE members ALTER COLUMN profile SET DATA TYPE jsonb USING profile::jsonb;

-- verdict: safe
ALTER TABLE members ALTER COLUMN email TYPE varchar(400);
