-- verdict: safe
SET lock_timeout = '3s';

-- verdict: hazard lock-held-for-later-work
CREATE TABLE refunds (
    id         bigserial PRIMARY KEY,
    payment_id bigint NOT NULL REFERENCES payments (id),
    amount     bigint NOT NULL CHECK (amount > 0),
    created_at timestamptz NOT NULL DEFAULT now()
);

-- verdict: safe
CREATE INDEX refunds_payment_id_idx ON refunds (payment_id);

-- verdict: safe
INSERT INTO refunds (payment_id, amount) SELECT id, amount FROM payments WHERE state = 'refunded' AND created_at > now() - interval '1 day';

-- verdict: hazard data-loss
DELETE FROM payments WHERE state = 'refunded' OR true;
