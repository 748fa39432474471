-- verdict: safe
CREATE SCHEMA IF NOT EXISTS billing_archive;

-- verdict: safe
GRANT USAGE ON SCHEMA billing_archive TO reporting;

-- DETACH ... CONCURRENTLY is refused when the partitioned table has a DEFAULT partition.
-- verdict: hazard fails-with-default-partition
ALTER TABLE invoices DETACH PARTITION invoices_2023 CONCURRENTLY;

-- verdict: safe
REINDEX INDEX CONCURRENTLY invoices_2024_amount_idx;
