-- The table was created by the previous migration: by now it holds rows and serves traffic.
-- expect: index-without-concurrently
CREATE INDEX payments_amount_idx ON payments (amount_cents);
