-- verdict: hazard table-rewrite
VACUUM FULL metrics;

-- verdict: hazard table-rewrite
CLUSTER metrics USING metrics_pkey;

-- verdict: safe
VACUUM (ANALYZE) metrics;

-- verdict: safe
ANALYZE metrics;
