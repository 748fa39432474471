-- verdict: safe
SET lock_timeout = '3s';

-- verdict: hazard data-loss
ALTER TABLE invoices DROP COLUMN payment_terms_days;
