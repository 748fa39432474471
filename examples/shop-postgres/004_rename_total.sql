ALTER TABLE orders RENAME COLUMN total_cents TO amount_cents;
ALTER TABLE orders DROP COLUMN created_at;
