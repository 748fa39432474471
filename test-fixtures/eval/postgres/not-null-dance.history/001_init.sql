-- verdict: safe
CREATE TABLE orders (
    id              bigserial PRIMARY KEY,
    customer_email  text,
    status          text,
    total           numeric(10, 2),
    placed_at       timestamptz DEFAULT now()
);

-- verdict: safe
CREATE INDEX orders_placed_at_idx ON orders (placed_at);
