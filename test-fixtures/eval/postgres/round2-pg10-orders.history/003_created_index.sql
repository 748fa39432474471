-- verdict: safe
CREATE INDEX CONCURRENTLY orders_created_idx ON orders (created_at);
