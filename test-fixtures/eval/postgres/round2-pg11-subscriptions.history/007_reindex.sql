-- verdict: hazard unsupported-syntax
REINDEX TABLE CONCURRENTLY subscriptions;
