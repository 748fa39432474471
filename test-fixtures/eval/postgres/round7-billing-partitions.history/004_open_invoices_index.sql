-- verdict: safe
SET lock_timeout = '3s';

-- Index on the partitioned parent: built on every partition in one go, holding SHARE locks (writes blocked).
-- verdict: hazard blocks-writes
CREATE INDEX invoices_open_status_idx ON invoices (status) WHERE status <> 'paid';
