-- verdict: safe
ALTER TABLE orders MODIFY COLUMN status ENUM('new','paid','shipped','refunded') NOT NULL DEFAULT 'new';

-- Inserting an enum member in the middle renumbers: table copy.
-- verdict: hazard enum-reorder-copy
ALTER TABLE orders MODIFY COLUMN status ENUM('new','pending','paid','shipped','refunded') NOT NULL DEFAULT 'new';

-- utf8mb4 varchar(60) = 240 bytes -> varchar(70) = 280 bytes: crosses the 255-byte boundary, copy.
-- verdict: hazard varchar-length-prefix-copy
ALTER TABLE orders MODIFY COLUMN note VARCHAR(70) NULL;

-- verdict: safe
ALTER TABLE orders RENAME INDEX idx_orders_customer TO orders_customer_id_index;

-- verdict: safe
ALTER TABLE orders ADD INDEX orders_created_at_index (created_at), ALGORITHM=INPLACE, LOCK=NONE;

-- verdict: safe
ALTER TABLE orders DROP INDEX orders_created_at_index;

-- verdict: hazard fulltext-rebuild
ALTER TABLE order_notes ADD FULLTEXT INDEX ft_order_notes_body (body);

-- TIMESTAMP -> DATETIME is a data type change: copy.
-- verdict: hazard type-change-copy
ALTER TABLE orders MODIFY COLUMN created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- verdict: hazard explicit-copy
ALTER TABLE orders ADD COLUMN channel VARCHAR(20) NULL, ALGORITHM=COPY;

-- verdict: safe
ALTER TABLE orders ADD COLUMN coupon VARCHAR(20) NULL AFTER total, ALGORITHM=INSTANT;

-- verdict: hazard lock-tables
LOCK TABLES orders WRITE;

-- verdict: safe
UNLOCK TABLES;

-- verdict: hazard data-loss
TRUNCATE TABLE order_notes;
