-- Rails migration ArchiveOldEvents
-- disable_ddl_transaction!
-- verdict: safe
SET lock_timeout = '5s';
-- verdict: safe
CREATE TABLE "events_archive" (LIKE "events" INCLUDING DEFAULTS INCLUDING CONSTRAINTS);
-- batched mover (loop in the migration; first batches shown), each statement commits on its own
-- verdict: safe
WITH moved AS (DELETE FROM "events" WHERE "id" IN (SELECT "id" FROM "events" WHERE "occurred_at" < '2023-01-01' ORDER BY "id" LIMIT 5000) RETURNING *) INSERT INTO "events_archive" SELECT * FROM moved;
-- verdict: safe
WITH moved AS (DELETE FROM "events" WHERE "id" IN (SELECT "id" FROM "events" WHERE "occurred_at" < '2023-01-01' ORDER BY "id" LIMIT 5000) RETURNING *) INSERT INTO "events_archive" SELECT * FROM moved;
-- nobody needs 2021 at all: purge it straight from events instead of archiving
-- verdict: hazard unbatched-delete
DELETE FROM "events" WHERE "occurred_at" < '2022-01-01';
-- give the space back
-- verdict: hazard table-rewrite
VACUUM FULL "events";
