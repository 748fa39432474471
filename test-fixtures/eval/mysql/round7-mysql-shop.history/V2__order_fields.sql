-- verdict: safe
SET SESSION lock_wait_timeout = 10;

-- verdict: safe
ALTER TABLE orders ADD COLUMN shipped_at DATETIME NULL;

-- verdict: safe
ALTER TABLE orders ADD COLUMN channel VARCHAR(20) NOT NULL DEFAULT 'web', ALGORITHM=INSTANT;

-- new member appended at the end of the ENUM list: metadata-only
-- verdict: safe
ALTER TABLE orders MODIFY COLUMN status ENUM('pending','paid','shipped','refunded') NOT NULL DEFAULT 'pending';

-- new member inserted in the middle: every stored index value changes, table copy
-- verdict: hazard table-rewrite
ALTER TABLE orders MODIFY COLUMN status ENUM('pending','awaiting_payment','paid','shipped','refunded') NOT NULL DEFAULT 'pending';

-- verdict: safe
CREATE INDEX orders_created_idx ON orders (created_at);
