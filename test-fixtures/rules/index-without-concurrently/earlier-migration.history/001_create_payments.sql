-- fixture: --select index-without-concurrently
CREATE TABLE payments (
    id bigserial PRIMARY KEY,
    order_id bigint NOT NULL,
    amount_cents integer NOT NULL
);

CREATE INDEX payments_order_id_idx ON payments (order_id);
