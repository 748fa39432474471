-- verdict: safe
SET lock_timeout = '3s';

-- CASCADE silently drops open_invoices, which the running app still queries.
-- verdict: hazard drops-dependent-view
ALTER TABLE invoices DROP COLUMN status CASCADE;
