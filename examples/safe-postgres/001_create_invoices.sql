CREATE TABLE invoices (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id bigint NOT NULL,
    issued_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX idx_invoices_customer ON invoices (customer_id);
