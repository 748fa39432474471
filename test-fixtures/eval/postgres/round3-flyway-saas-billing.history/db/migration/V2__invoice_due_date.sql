-- verdict: safe
SET lock_timeout = '3s';

-- verdict: safe
ALTER TABLE invoices ADD COLUMN due_at timestamptz;

-- verdict: safe
ALTER TABLE invoices ADD COLUMN payment_terms_days integer NOT NULL DEFAULT 30;

-- verdict: safe
COMMENT ON COLUMN invoices.payment_terms_days IS 'Net payment terms in days';
