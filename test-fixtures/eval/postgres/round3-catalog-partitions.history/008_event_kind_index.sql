-- CONCURRENTLY is impossible on a partitioned table; this builds on every partition under SHARE locks.
-- verdict: hazard blocking-index
CREATE INDEX product_events_kind_idx ON catalog.product_events (kind);
