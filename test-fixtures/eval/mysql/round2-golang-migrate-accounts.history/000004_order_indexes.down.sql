ALTER TABLE orders DROP INDEX idx_orders_user;
