SET lock_timeout = '5s';
-- the DEFAULT partition events_default is read for 2026 rows
-- expect: attach-partition-scan
CREATE TABLE events_2026 PARTITION OF events FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
-- no DEFAULT partition: a catalog change
CREATE TABLE logs_2026 PARTITION OF logs FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
-- a validated CHECK on the DEFAULT partition's key proves it holds no row of the new bound
ALTER TABLE audits_default ADD CONSTRAINT audits_default_before_2026 CHECK (at < '2026-01-01') NOT VALID;
ALTER TABLE audits_default VALIDATE CONSTRAINT audits_default_before_2026;
CREATE TABLE audits_2026 PARTITION OF audits FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
