-- verdict: safe
SET lock_timeout = '5s';

-- verdict: safe
ALTER TABLE catalog.product_events_2024_03
    ADD CONSTRAINT product_events_2024_03_bounds
    CHECK (occurred_at >= '2024-03-01' AND occurred_at < '2024-04-01') NOT VALID;
