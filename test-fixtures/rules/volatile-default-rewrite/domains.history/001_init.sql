-- fixture: --select volatile-default-rewrite
CREATE TABLE invoices (
    id     bigserial PRIMARY KEY,
    amount numeric(12,2) NOT NULL
);
