-- verdict: safe
SET lock_timeout = '3s';

-- Widening varchar is normally metadata-only, but open_invoices selects note:
-- "cannot alter type of a column used by a view or rule".
-- verdict: hazard column-used-by-view
ALTER TABLE invoices ALTER COLUMN note TYPE varchar(500);
