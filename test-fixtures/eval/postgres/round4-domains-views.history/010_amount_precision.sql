-- verdict: safe
SET lock_timeout = '3s';

-- invoice_totals (materialized view) uses amount: fails; and domain -> numeric(14,2) rewrites anyway.
-- verdict: hazard column-used-by-view
ALTER TABLE invoices ALTER COLUMN amount TYPE numeric(14,2);
