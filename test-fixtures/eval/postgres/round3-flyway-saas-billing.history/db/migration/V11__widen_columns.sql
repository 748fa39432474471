-- verdict: safe
SET lock_timeout = '3s';

-- varchar widening: no rewrite, and the unique index on number is kept.
-- verdict: hazard lock-held-for-later-work
ALTER TABLE invoices ALTER COLUMN number TYPE varchar(64);

-- verdict: hazard table-rewrite
ALTER TABLE invoice_lines ALTER COLUMN quantity TYPE bigint;
