-- verdict: safe
ALTER TABLE orders ADD COLUMN status_code TINYINT NOT NULL DEFAULT 0, ALGORITHM=INSTANT;

-- verdict: hazard table-rewrite
ALTER TABLE orders MODIFY id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT;

-- verdict: hazard blocks-writes
ALTER TABLE orders ADD CONSTRAINT fk_orders_customer FOREIGN KEY (customer_id) REFERENCES customers (id);
