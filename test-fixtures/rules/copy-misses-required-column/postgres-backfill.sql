-- fixture: --select copy-misses-required-column
CREATE TABLE order_totals (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    order_id bigint NOT NULL REFERENCES orders (id),
    currency char(3) NOT NULL,
    total_cents bigint NOT NULL,
    computed_at timestamptz NOT NULL DEFAULT now(),
    note text
);

-- expect: copy-misses-required-column
INSERT INTO order_totals (order_id, total_cents)
SELECT o.id, sum(li.price_cents * li.quantity) FROM orders o JOIN line_items li ON li.order_id = o.id GROUP BY o.id;

-- Every required column filled (identity, default and nullable ones left out):
INSERT INTO order_totals (order_id, currency, total_cents)
SELECT o.id, o.currency, sum(li.price_cents * li.quantity) FROM orders o JOIN line_items li ON li.order_id = o.id GROUP BY o.id, o.currency;

-- Without a column list PostgreSQL fills the leading columns; the rest get their defaults.
CREATE TABLE orders_archive (
    id bigint PRIMARY KEY,
    customer_id bigint NOT NULL,
    archived_at timestamptz NOT NULL,
    reason text
);
-- expect: copy-misses-required-column
INSERT INTO orders_archive SELECT id, customer_id FROM orders WHERE created_at < '2020-01-01';
INSERT INTO orders_archive SELECT id, customer_id, now() FROM orders WHERE created_at < '2020-01-01';

-- The source was created in this migration and is empty.
CREATE TABLE import_orders (id bigint PRIMARY KEY, customer_id bigint NOT NULL);
INSERT INTO orders_archive (id, customer_id) SELECT id, customer_id FROM import_orders;

-- A serial key is filled by its sequence.
CREATE TABLE order_events (id bigserial PRIMARY KEY, order_id bigint NOT NULL, kind text NOT NULL DEFAULT 'created');
INSERT INTO order_events (order_id) SELECT id FROM orders;
