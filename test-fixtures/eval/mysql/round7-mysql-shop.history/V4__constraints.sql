-- verdict: safe
SET SESSION lock_wait_timeout = 10;

-- with foreign_key_checks=1 an FK can only be added with ALGORITHM=COPY (writes blocked for the copy)
-- verdict: hazard blocks-writes
ALTER TABLE orders ADD CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES customers (id);

-- adding a CHECK constraint copies the table to validate it
-- verdict: hazard table-rewrite
ALTER TABLE orders ADD CONSTRAINT orders_total_nonneg CHECK (total >= 0);

-- verdict: safe
ALTER TABLE customers ALTER COLUMN name SET DEFAULT '';
