-- verdict: safe
CREATE INDEX product_events_occurred_brin ON ONLY catalog.product_events USING brin (occurred_at);

-- verdict: safe
CREATE INDEX CONCURRENTLY product_events_2024_01_occurred_brin ON catalog.product_events_2024_01 USING brin (occurred_at);

-- verdict: safe
CREATE INDEX CONCURRENTLY product_events_2024_02_occurred_brin ON catalog.product_events_2024_02 USING brin (occurred_at);

-- verdict: safe
CREATE INDEX CONCURRENTLY product_events_2024_03_occurred_brin ON catalog.product_events_2024_03 USING brin (occurred_at);

-- verdict: safe
CREATE INDEX CONCURRENTLY product_events_2024_04_occurred_brin ON catalog.product_events_2024_04 USING brin (occurred_at);

-- verdict: safe
CREATE INDEX CONCURRENTLY product_events_2024_05_occurred_brin ON catalog.product_events_2024_05 USING brin (occurred_at);

-- verdict: safe
ALTER INDEX catalog.product_events_occurred_brin ATTACH PARTITION catalog.product_events_2024_01_occurred_brin;

-- verdict: safe
ALTER INDEX catalog.product_events_occurred_brin ATTACH PARTITION catalog.product_events_2024_02_occurred_brin;

-- verdict: safe
ALTER INDEX catalog.product_events_occurred_brin ATTACH PARTITION catalog.product_events_2024_03_occurred_brin;

-- verdict: safe
ALTER INDEX catalog.product_events_occurred_brin ATTACH PARTITION catalog.product_events_2024_04_occurred_brin;

-- verdict: safe
ALTER INDEX catalog.product_events_occurred_brin ATTACH PARTITION catalog.product_events_2024_05_occurred_brin;
