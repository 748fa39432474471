-- verdict: safe
SET lock_timeout = '5s';

-- No CHECK implying the bound: the whole loaded table is scanned under ACCESS EXCLUSIVE.
-- verdict: hazard partition-attach-scan
ALTER TABLE catalog.product_events ATTACH PARTITION catalog.product_events_2024_04
    FOR VALUES FROM ('2024-04-01') TO ('2024-05-01');

-- verdict: safe
CREATE TABLE catalog.product_events_2024_05 (LIKE catalog.product_events INCLUDING DEFAULTS);

-- Empty table created just above: the scan is free.
-- verdict: safe
ALTER TABLE catalog.product_events ATTACH PARTITION catalog.product_events_2024_05
    FOR VALUES FROM ('2024-05-01') TO ('2024-06-01');
