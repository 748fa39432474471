-- Billing schema. Hand-written SQL, applied with: psql -v ON_ERROR_STOP=1 -f <file> (autocommit, no wrapping transaction)
-- verdict: safe
CREATE TABLE customers (
    id bigserial PRIMARY KEY,
    email text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);

-- verdict: safe
CREATE TABLE invoices (
    id bigserial NOT NULL,
    customer_id bigint NOT NULL,
    issued_on date NOT NULL,
    amount_cents bigint NOT NULL,
    status text NOT NULL DEFAULT 'open',
    PRIMARY KEY (id, issued_on)
) PARTITION BY RANGE (issued_on);

-- verdict: safe
CREATE TABLE invoices_2023 PARTITION OF invoices FOR VALUES FROM ('2023-01-01') TO ('2024-01-01');

-- verdict: safe
CREATE TABLE invoices_2024 PARTITION OF invoices FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');

-- legacy rows with odd dates land here
-- verdict: safe
CREATE TABLE invoices_default PARTITION OF invoices DEFAULT;

-- verdict: safe
CREATE INDEX invoices_customer_idx ON invoices (customer_id);

-- verdict: safe
CREATE TABLE payments (
    id bigserial PRIMARY KEY,
    invoice_id bigint NOT NULL,
    invoice_issued_on date NOT NULL,
    paid_at timestamp NOT NULL,
    amount numeric(10,2) NOT NULL
);
