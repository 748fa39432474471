-- verdict: safe
ALTER TABLE orders ADD INDEX idx_orders_user (user_id), ALGORITHM=INPLACE, LOCK=NONE;
-- verdict: safe
CREATE INDEX idx_orders_created ON orders (created_at);
-- verdict: hazard write-lock
ALTER TABLE orders ADD INDEX idx_orders_amount (amount), LOCK=SHARED;
-- verdict: safe
ALTER TABLE orders RENAME INDEX idx_orders_created TO idx_orders_created_at;
-- verdict: safe
ALTER TABLE orders DROP INDEX idx_orders_amount;
