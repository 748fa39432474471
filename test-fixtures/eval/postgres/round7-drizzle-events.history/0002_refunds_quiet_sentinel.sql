-- verdict: safe
SET LOCAL lock_timeout = '5s';
--> statement-breakpoint
-- verdict: safe
ALTER TYPE "public"."event_kind" ADD VALUE 'refund';
--> statement-breakpoint
-- custom SQL appended by hand: the new enum value cannot be used before the transaction commits
-- verdict: hazard fails-in-transaction
UPDATE "events" SET "kind" = 'refund' WHERE "kind" = 'purchase' AND ("payload"->>'amount')::numeric < 0;
--> statement-breakpoint
-- verdict: hazard lock-held-for-later-work
ALTER TABLE "users" ADD COLUMN "locale" varchar(10) DEFAULT 'en' NOT NULL;
--> statement-breakpoint
-- verdict: hazard lock-held-for-later-work
ALTER TABLE "events" ALTER COLUMN "source" SET DEFAULT 'web';
--> statement-breakpoint
-- verdict: hazard table-rewrite
ALTER TABLE "events" ALTER COLUMN "payload" SET DATA TYPE jsonb USING "payload"::jsonb;
--> statement-breakpoint
-- verdict: hazard fails-in-transaction
CREATE INDEX CONCURRENTLY IF NOT EXISTS "events_kind_idx" ON "events" USING btree ("kind");
