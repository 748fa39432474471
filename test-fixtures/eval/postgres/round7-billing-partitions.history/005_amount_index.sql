-- First attempt, kept because it ran in prod and failed:
-- verdict: hazard fails-on-partitioned-table
CREATE INDEX CONCURRENTLY IF NOT EXISTS invoices_issued_brin ON invoices USING brin (issued_on);

-- The proper way: invalid parent index, then per-partition concurrent builds, then attach.
-- verdict: safe
CREATE INDEX IF NOT EXISTS invoices_amount_idx ON ONLY invoices (amount_cents);

-- verdict: safe
SET maintenance_work_mem = '1GB';

-- verdict: safe
CREATE INDEX CONCURRENTLY IF NOT EXISTS invoices_2023_amount_idx ON invoices_2023 (amount_cents);

-- verdict: safe
CREATE INDEX CONCURRENTLY IF NOT EXISTS invoices_2024_amount_idx ON invoices_2024 (amount_cents);

-- verdict: safe
CREATE INDEX CONCURRENTLY IF NOT EXISTS invoices_2025_amount_idx ON invoices_2025 (amount_cents);

-- verdict: safe
CREATE INDEX CONCURRENTLY IF NOT EXISTS invoices_default_amount_idx ON invoices_default (amount_cents);

-- verdict: safe
ALTER INDEX invoices_amount_idx ATTACH PARTITION invoices_2023_amount_idx;

-- verdict: safe
ALTER INDEX invoices_amount_idx ATTACH PARTITION invoices_2024_amount_idx;

-- verdict: safe
ALTER INDEX invoices_amount_idx ATTACH PARTITION invoices_2025_amount_idx;

-- verdict: safe
ALTER INDEX invoices_amount_idx ATTACH PARTITION invoices_default_amount_idx;

-- verdict: safe
RESET maintenance_work_mem;
