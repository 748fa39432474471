-- Rails migration BackfillEventsIdBigint
-- disable_ddl_transaction!  Event.in_batches(of: 50_000) { |b| b.update_all(...) }; first batches shown,
-- each UPDATE commits on its own.
-- verdict: safe
SET lock_timeout = '5s';
-- verdict: safe
UPDATE "events" SET "id_bigint" = "id" WHERE "id" >= 1 AND "id" < 50001 AND "id_bigint" IS NULL;
-- verdict: safe
UPDATE "events" SET "id_bigint" = "id" WHERE "id" >= 50001 AND "id" < 100001 AND "id_bigint" IS NULL;
-- verdict: safe
UPDATE "events" SET "id_bigint" = "id" WHERE "id" >= 100001 AND "id" < 150001 AND "id_bigint" IS NULL;
-- verdict: safe
ALTER TABLE "events" ADD CONSTRAINT "events_id_bigint_not_null" CHECK ("id_bigint" IS NOT NULL) NOT VALID;
-- verdict: safe
ALTER TABLE "events" VALIDATE CONSTRAINT "events_id_bigint_not_null";
-- verdict: safe
CREATE UNIQUE INDEX CONCURRENTLY "index_events_on_id_bigint" ON "events" ("id_bigint");
