-- Rails migration SwapEventsIdToBigint: atomic swap, the app keeps reading "id"
-- verdict: safe
BEGIN;
-- verdict: safe
SET LOCAL lock_timeout = '5s';
-- proven by the validated CHECK constraint, no scan
-- verdict: safe
ALTER TABLE "events" ALTER COLUMN "id_bigint" SET NOT NULL;
-- verdict: safe
DROP TRIGGER events_sync_id_bigint ON "events";
-- verdict: safe
DROP FUNCTION events_sync_id_bigint();
-- verdict: safe
ALTER TABLE "events" DROP CONSTRAINT "events_pkey";
-- verdict: safe
ALTER TABLE "events" ALTER COLUMN "id" DROP NOT NULL;
-- verdict: safe
ALTER TABLE "events" ADD CONSTRAINT "events_pkey" PRIMARY KEY USING INDEX "index_events_on_id_bigint";
-- verdict: safe
ALTER SEQUENCE "events_id_seq" AS bigint;
-- verdict: safe
ALTER SEQUENCE "events_id_seq" OWNED BY "events"."id_bigint";
-- verdict: safe
ALTER TABLE "events" ALTER COLUMN "id" DROP DEFAULT;
-- verdict: safe
ALTER TABLE "events" ALTER COLUMN "id_bigint" SET DEFAULT nextval('events_id_seq'::regclass);
-- verdict: safe
ALTER TABLE "events" RENAME COLUMN "id" TO "id_old";
-- verdict: safe
ALTER TABLE "events" RENAME COLUMN "id_bigint" TO "id";
-- verdict: safe
COMMIT;
