DROP INDEX CONCURRENTLY IF EXISTS payments_created_at_idx;
