-- REINDEX CONCURRENTLY only exists from PostgreSQL 12: a syntax error on 10.
-- verdict: hazard unsupported-syntax
REINDEX INDEX CONCURRENTLY orders_created_idx;
