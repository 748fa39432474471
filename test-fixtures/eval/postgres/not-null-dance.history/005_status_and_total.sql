-- verdict: safe
SET lock_timeout = '5s';

-- verdict: hazard set-not-null-scan
ALTER TABLE orders ALTER COLUMN status SET NOT NULL;

-- verdict: safe
ALTER TABLE orders ALTER COLUMN total TYPE numeric(12, 2);

-- verdict: hazard table-rewrite
ALTER TABLE orders ALTER COLUMN total TYPE numeric(12, 4);

-- verdict: safe
ALTER TABLE orders ALTER COLUMN placed_at DROP NOT NULL;
