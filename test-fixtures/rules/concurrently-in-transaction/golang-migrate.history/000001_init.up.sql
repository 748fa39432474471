CREATE SCHEMA billing;
CREATE TABLE billing.invoices (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_id bigint NOT NULL,
    status text NOT NULL,
    issued_at timestamptz
);
