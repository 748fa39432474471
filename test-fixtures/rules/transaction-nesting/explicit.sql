-- fixture: --select transaction-nesting
BEGIN;
CREATE TABLE invoices (id bigint PRIMARY KEY);
-- expect: transaction-nesting
BEGIN;
CREATE TABLE payments (id bigint PRIMARY KEY);
COMMIT;

BEGIN;
CREATE TABLE refunds (id bigint PRIMARY KEY);
COMMIT;
