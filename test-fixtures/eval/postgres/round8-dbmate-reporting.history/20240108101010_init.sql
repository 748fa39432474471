-- migrate:up
-- verdict: safe
CREATE TABLE customers (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email text NOT NULL,
    country char(2),
    created_at timestamptz NOT NULL DEFAULT now()
);

-- verdict: safe
CREATE TABLE orders (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id bigint NOT NULL REFERENCES customers (id),
    total numeric(12,2) NOT NULL,
    placed_at timestamptz NOT NULL DEFAULT now()
);

-- verdict: safe
CREATE TABLE payments (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    order_id bigint NOT NULL REFERENCES orders (id),
    amount integer NOT NULL,
    provider text NOT NULL,
    paid_at timestamptz NOT NULL DEFAULT now()
);

-- verdict: safe
CREATE TABLE refunds (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    payment_id bigint NOT NULL REFERENCES payments (id),
    amount integer NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);

-- verdict: safe
CREATE INDEX orders_customer_id_idx ON orders (customer_id);

-- verdict: safe
CREATE INDEX payments_order_id_idx ON payments (order_id);

-- migrate:down
