-- verdict: safe
REINDEX INDEX CONCURRENTLY events_pkey;
