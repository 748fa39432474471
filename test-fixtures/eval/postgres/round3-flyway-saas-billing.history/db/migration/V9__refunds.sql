-- verdict: safe
SET lock_timeout = '3s';

-- verdict: safe
CREATE TABLE refunds (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    payment_id   bigint NOT NULL REFERENCES payments (id),
    amount_cents integer NOT NULL CHECK (amount_cents > 0),
    reason       text,
    created_at   timestamptz NOT NULL DEFAULT now()
);

-- verdict: hazard lock-held-for-later-work
ALTER TABLE payments ADD COLUMN refunded_cents integer NOT NULL DEFAULT 0;

-- verdict: safe
ALTER TABLE payments ADD CONSTRAINT payments_refunded_le_amount CHECK (refunded_cents <= amount_cents) NOT VALID;

-- Flyway wraps V9 in one transaction: the scan runs while the ADD's ACCESS EXCLUSIVE lock is still held.
-- verdict: hazard validate-in-same-transaction
ALTER TABLE payments VALIDATE CONSTRAINT payments_refunded_le_amount;
