-- verdict: safe
ALTER TABLE orders VALIDATE CONSTRAINT orders_total_cents_big_not_null;
