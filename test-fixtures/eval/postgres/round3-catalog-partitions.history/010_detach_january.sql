-- verdict: safe
SET lock_timeout = '5s';

-- verdict: safe
ALTER TABLE catalog.product_events DETACH PARTITION catalog.product_events_2024_01 CONCURRENTLY;
