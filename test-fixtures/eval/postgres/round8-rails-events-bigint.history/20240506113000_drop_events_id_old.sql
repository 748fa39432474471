-- Rails migration DropEventsIdOld (self.ignored_columns = ["id_old"] shipped in 2024.04.3)
-- verdict: safe
BEGIN;
-- verdict: safe
SET LOCAL lock_timeout = '5s';
-- add_index :events, :source   (forgot algorithm: :concurrently)
-- verdict: hazard blocks-writes
CREATE INDEX "index_events_on_source" ON "events" ("source");
-- verdict: hazard data-loss
ALTER TABLE "events" DROP COLUMN "id_old";
-- verdict: safe
ALTER TABLE "events" DROP CONSTRAINT "events_id_bigint_not_null";
-- verdict: safe
COMMIT;
