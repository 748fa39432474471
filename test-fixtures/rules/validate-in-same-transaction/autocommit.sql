-- fixture: --select validate-in-same-transaction
-- Without a transaction block each statement commits on its own: the ADD's lock is gone before VALIDATE.
ALTER TABLE orders ADD CONSTRAINT orders_qty_positive CHECK (quantity > 0) NOT VALID;
ALTER TABLE orders VALIDATE CONSTRAINT orders_qty_positive;
