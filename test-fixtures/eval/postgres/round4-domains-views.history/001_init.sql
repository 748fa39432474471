-- Billing schema with domains and views.
-- verdict: safe
CREATE DOMAIN us_postal_code AS text;

-- verdict: safe
CREATE DOMAIN positive_money AS numeric(12,2);

-- verdict: safe
CREATE TABLE customers (
    id         bigserial PRIMARY KEY,
    email      text NOT NULL,
    zip        us_postal_code,
    country    char(2) NOT NULL DEFAULT 'US',
    created_at timestamptz NOT NULL DEFAULT now()
);

-- verdict: safe
CREATE TABLE invoices (
    id          bigserial PRIMARY KEY,
    customer_id bigint NOT NULL REFERENCES customers (id),
    amount      positive_money NOT NULL,
    status      varchar(20) NOT NULL DEFAULT 'open',
    note        varchar(200),
    issued_on   date NOT NULL DEFAULT CURRENT_DATE
);

-- verdict: safe
CREATE INDEX invoices_customer_id_idx ON invoices (customer_id);

-- verdict: safe
CREATE VIEW open_invoices AS
    SELECT id, customer_id, amount, note FROM invoices WHERE status = 'open';

-- verdict: safe
CREATE VIEW customer_zip_report AS
    SELECT zip, count(*) AS n FROM customers GROUP BY zip;

-- verdict: safe
CREATE MATERIALIZED VIEW invoice_totals AS
    SELECT customer_id, sum(amount) AS total FROM invoices GROUP BY customer_id;

-- verdict: safe
CREATE UNIQUE INDEX invoice_totals_customer_id_key ON invoice_totals (customer_id);
