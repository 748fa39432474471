-- verdict: safe
SET lock_timeout = '3s';

-- verdict: hazard table-rewrite
ALTER TABLE invoices ALTER COLUMN issued_at TYPE timestamptz;
