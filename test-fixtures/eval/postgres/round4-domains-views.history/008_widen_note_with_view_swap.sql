-- verdict: safe
BEGIN;

-- verdict: safe
SET LOCAL lock_timeout = '3s';

-- verdict: safe
DROP VIEW open_invoices;

-- verdict: safe
ALTER TABLE invoices ALTER COLUMN note TYPE varchar(500);

-- verdict: safe
CREATE VIEW open_invoices AS
    SELECT id, customer_id, amount, note FROM invoices WHERE status = 'open';

-- verdict: safe
COMMIT;
