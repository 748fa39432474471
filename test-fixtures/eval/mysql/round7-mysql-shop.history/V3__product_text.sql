-- verdict: safe
SET SESSION lock_wait_timeout = 10;

-- utf8mb4: 60 chars = 240 bytes (1 length byte) -> 120 chars = 480 bytes (2 length bytes): ALGORITHM=COPY
-- verdict: hazard table-rewrite
ALTER TABLE products MODIFY COLUMN title VARCHAR(120) NOT NULL;

-- utf8mb4: 800 -> 1600 bytes, both already use 2 length bytes: in-place metadata change
-- verdict: safe
ALTER TABLE orders MODIFY COLUMN note VARCHAR(400) NULL;

-- first FULLTEXT index on the table rebuilds it and does not allow concurrent writes
-- verdict: hazard blocks-writes
ALTER TABLE products ADD FULLTEXT INDEX products_description_ft (description);

-- type change needs ALGORITHM=COPY, so the requested algorithm is refused
-- verdict: hazard fails-unsupported-algorithm
ALTER TABLE orders MODIFY COLUMN quantity BIGINT NOT NULL DEFAULT 1, ALGORITHM=INPLACE, LOCK=NONE;

-- verdict: safe
ALTER TABLE products ADD INDEX products_sku_idx (sku), ALGORITHM=INPLACE, LOCK=NONE;
