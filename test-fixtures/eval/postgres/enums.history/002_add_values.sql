-- verdict: safe
ALTER TYPE order_status ADD VALUE IF NOT EXISTS 'shipped';

-- verdict: safe
ALTER TYPE order_status ADD VALUE 'authorized' BEFORE 'paid';
