-- Two statements in one file => implicit transaction block => CONCURRENTLY is rejected.
-- verdict: safe
SET maintenance_work_mem = '2GB';

-- verdict: hazard fails-in-transaction
CREATE INDEX CONCURRENTLY readings_quality_idx ON readings (quality) WHERE quality IS NOT NULL;
