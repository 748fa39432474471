-- verdict: hazard type-change-copy
ALTER TABLE products CHANGE COLUMN price_cents price_cents BIGINT NOT NULL;

-- Renames the column the running application writes.
-- verdict: hazard rename-column
ALTER TABLE products CHANGE COLUMN subtitle tagline VARCHAR(200) NULL;

-- verdict: hazard type-change-copy
ALTER TABLE products MODIFY COLUMN stock DECIMAL(10,2) NOT NULL DEFAULT 0;

-- utf8mb4 varchar(64) -> varchar(100): 256 -> 400 bytes, both above 255 (2-byte length prefix): in place.
-- verdict: safe
ALTER TABLE products MODIFY COLUMN sku VARCHAR(100) NOT NULL, ALGORITHM=INPLACE, LOCK=NONE;

-- verdict: hazard null-to-not-null
ALTER TABLE products MODIFY COLUMN attributes JSON NOT NULL;
