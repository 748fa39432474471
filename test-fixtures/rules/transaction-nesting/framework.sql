-- fixture: --select transaction-nesting --assume-in-transaction
-- expect: transaction-nesting
BEGIN;
CREATE TABLE invoices (id bigint PRIMARY KEY);
-- expect: transaction-nesting
COMMIT;
CREATE TABLE payments (id bigint PRIMARY KEY);
