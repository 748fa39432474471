-- verdict: safe
SET lock_timeout = '3s';

-- verdict: safe
ALTER TABLE payments
    ADD CONSTRAINT payments_invoice_fk
    FOREIGN KEY (invoice_id, invoice_issued_on) REFERENCES invoices (id, issued_on) NOT VALID;

-- verdict: safe
ALTER TABLE payments VALIDATE CONSTRAINT payments_invoice_fk;

-- verdict: safe
ALTER TABLE invoices ADD COLUMN updated_at timestamptz;

-- verdict: safe
CREATE OR REPLACE FUNCTION billing_touch_updated_at() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    NEW.updated_at := now();
    RETURN NEW;
END;
$$;

-- verdict: safe
CREATE TRIGGER invoices_touch_updated_at
    BEFORE UPDATE ON invoices
    FOR EACH ROW EXECUTE FUNCTION billing_touch_updated_at();

-- numeric(10,2) -> numeric(14,2): same scale, larger precision, no rewrite
-- verdict: safe
ALTER TABLE payments ALTER COLUMN amount TYPE numeric(14,2);

-- verdict: hazard table-rewrite
ALTER TABLE payments ALTER COLUMN paid_at TYPE timestamptz USING paid_at AT TIME ZONE 'UTC';
