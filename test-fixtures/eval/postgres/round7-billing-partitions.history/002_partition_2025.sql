-- Add the 2025 partition. NOTE: invoices_default holds ~40M legacy rows.
-- verdict: safe
SET lock_timeout = '3s';

-- verdict: safe
CREATE TABLE invoices_2025 (LIKE invoices INCLUDING DEFAULTS);

-- verdict: safe
ALTER TABLE invoices_2025
    ADD CONSTRAINT invoices_2025_bounds
    CHECK (issued_on >= DATE '2025-01-01' AND issued_on < DATE '2026-01-01');

-- The CHECK above only spares the scan of invoices_2025; the DEFAULT partition
-- still has to be scanned (under ACCESS EXCLUSIVE) to prove no row belongs to 2025.
-- verdict: hazard full-scan-under-lock
ALTER TABLE invoices ATTACH PARTITION invoices_2025 FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');

-- verdict: safe
ALTER TABLE invoices_2025 DROP CONSTRAINT invoices_2025_bounds;

-- reference data for currency conversion, loaded into a brand-new table
-- verdict: safe
CREATE TABLE currency_rates_import (
    currency char(3) NOT NULL,
    day date NOT NULL,
    rate numeric(18,8) NOT NULL
);

-- verdict: safe
COPY currency_rates_import (currency, day, rate) FROM '/srv/billing/import/rates_2024.csv' WITH (FORMAT csv, HEADER true);

-- verdict: safe
RESET lock_timeout;
