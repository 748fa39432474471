-- verdict: safe
CREATE SCHEMA IF NOT EXISTS billing;

-- verdict: safe
CREATE TABLE billing.customers (
    id          BIGSERIAL PRIMARY KEY,
    email       TEXT NOT NULL,
    country     CHAR(2),
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- verdict: safe
CREATE TABLE billing.payments (
    id            BIGSERIAL PRIMARY KEY,
    customer_id   BIGINT NOT NULL,
    amount_cents  INTEGER NOT NULL,
    status        TEXT NOT NULL DEFAULT 'pending',
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- verdict: safe
CREATE INDEX payments_customer_idx ON billing.payments (customer_id);
