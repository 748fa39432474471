-- verdict: safe
CREATE TYPE refund_reason AS ENUM ('damaged', 'late', 'other');

-- verdict: safe
CREATE TABLE refunds (
    id        bigserial PRIMARY KEY,
    order_id  bigint NOT NULL,
    reason    refund_reason NOT NULL DEFAULT 'other'
);

-- verdict: safe
INSERT INTO refunds (order_id, reason) VALUES (1, 'late');
