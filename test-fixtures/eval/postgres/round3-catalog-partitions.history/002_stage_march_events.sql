-- Standalone table, bulk-loaded by the import job before it is attached.
-- verdict: safe
CREATE TABLE catalog.product_events_2024_03 (LIKE catalog.product_events INCLUDING DEFAULTS);

-- verdict: safe
CREATE TABLE catalog.product_events_2024_04 (LIKE catalog.product_events INCLUDING DEFAULTS);
