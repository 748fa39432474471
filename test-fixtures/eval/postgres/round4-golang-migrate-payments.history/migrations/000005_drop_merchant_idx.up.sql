-- verdict: safe
DROP INDEX CONCURRENTLY IF EXISTS payments_merchant_id_idx;
