-- fixture: --select unclosed-transaction
BEGIN;
CREATE TABLE invoices (id bigint PRIMARY KEY);
COMMIT;

-- expect: unclosed-transaction
BEGIN;
CREATE TABLE payments (id bigint PRIMARY KEY);
ALTER TABLE payments ADD COLUMN amount numeric(12, 2);
