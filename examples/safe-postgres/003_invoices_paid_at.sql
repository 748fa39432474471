SET lock_timeout = '5s';
-- A nullable column without a default is a catalog-only change.
ALTER TABLE invoices ADD COLUMN paid_at timestamptz;
