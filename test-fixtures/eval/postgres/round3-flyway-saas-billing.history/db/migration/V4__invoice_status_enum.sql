-- verdict: safe
SET lock_timeout = '3s';

-- verdict: safe
CREATE TYPE invoice_status AS ENUM ('draft', 'open', 'paid', 'void', 'uncollectible');

-- verdict: hazard lock-held-for-later-work
ALTER TABLE invoices ALTER COLUMN status DROP DEFAULT;

-- verdict: hazard table-rewrite
ALTER TABLE invoices ALTER COLUMN status TYPE invoice_status USING status::invoice_status;

-- verdict: safe
ALTER TABLE invoices ALTER COLUMN status SET DEFAULT 'draft';
