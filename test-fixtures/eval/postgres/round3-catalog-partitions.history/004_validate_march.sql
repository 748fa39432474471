-- verdict: safe
ALTER TABLE catalog.product_events_2024_03 VALIDATE CONSTRAINT product_events_2024_03_bounds;

-- verdict: safe
CREATE INDEX CONCURRENTLY product_events_2024_03_product_idx
    ON catalog.product_events_2024_03 (product_id, occurred_at);

-- verdict: safe
CREATE INDEX CONCURRENTLY product_events_2024_04_product_idx
    ON catalog.product_events_2024_04 (product_id, occurred_at);
