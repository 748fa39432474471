-- verdict: safe
ALTER TABLE order_events ADD COLUMN payload JSON NULL, ALGORITHM=INSTANT;

-- verdict: safe
ALTER TABLE orders ADD INDEX idx_orders_customer_created (customer_id, created_at), ALGORITHM=INPLACE, LOCK=NONE;
