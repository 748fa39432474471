-- fixture: --pg-version 10
-- verdict: safe
CREATE TYPE order_status AS ENUM ('new', 'paid', 'shipped');
-- verdict: safe
CREATE TABLE customers (id bigserial PRIMARY KEY, name text NOT NULL, tier text);
-- verdict: safe
CREATE TABLE orders (
    id          bigserial PRIMARY KEY,
    customer_id bigint NOT NULL REFERENCES customers (id),
    status      order_status NOT NULL DEFAULT 'new',
    total       numeric(12,2)
);
