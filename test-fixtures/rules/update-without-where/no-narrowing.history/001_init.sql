-- fixture: --select update-without-where,delete-without-where
CREATE TABLE invoices (id bigint PRIMARY KEY, customer_id bigint NOT NULL, paid_at timestamptz, note text);
