-- verdict: safe
SET lock_timeout = '5s';
-- verdict: hazard table-rewrite
ALTER TABLE orders ADD COLUMN currency char(3) DEFAULT 'EUR';
-- verdict: safe
ALTER TABLE orders ADD COLUMN note text;
-- verdict: hazard table-rewrite
ALTER TABLE orders ADD COLUMN created_at timestamptz DEFAULT now();
-- verdict: safe
ALTER TABLE orders ADD COLUMN flags integer DEFAULT NULL;
-- verdict: safe
ALTER TABLE customers ALTER COLUMN tier SET DEFAULT 'basic';
