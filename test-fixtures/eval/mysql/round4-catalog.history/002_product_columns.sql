-- 8.0.29+: INSTANT at any position.
-- verdict: safe
ALTER TABLE products ADD COLUMN subtitle VARCHAR(200) NULL AFTER title;

-- verdict: safe
ALTER TABLE products ADD COLUMN tenant_id INT NOT NULL DEFAULT 1 FIRST;

-- verdict: safe
ALTER TABLE products ADD COLUMN attributes JSON NULL, ALGORITHM=INSTANT;

-- verdict: safe
ALTER TABLE products ADD COLUMN title_lower VARCHAR(200) GENERATED ALWAYS AS (LOWER(title)) VIRTUAL;

-- verdict: safe
ALTER TABLE products ALTER COLUMN stock SET DEFAULT 10;
