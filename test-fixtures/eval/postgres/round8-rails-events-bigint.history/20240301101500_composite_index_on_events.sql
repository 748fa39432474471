-- Rails migration CompositeIndexOnEvents
-- disable_ddl_transaction!  add_index ..., algorithm: :concurrently
-- verdict: safe
CREATE INDEX CONCURRENTLY "index_events_on_account_id_and_occurred_at" ON "events" ("account_id", "occurred_at");
-- remove_index :events, :account_id, algorithm: :concurrently (covered by the composite index)
-- verdict: safe
DROP INDEX CONCURRENTLY "index_events_on_account_id";
