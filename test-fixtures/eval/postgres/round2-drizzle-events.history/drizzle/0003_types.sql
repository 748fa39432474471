-- verdict: safe
SET lock_timeout = '3s';--> statement-breakpoint
-- verdict: hazard table-rewrite
ALTER TABLE "events" ALTER COLUMN "payload" SET DATA TYPE jsonb USING "payload"::jsonb;--> statement-breakpoint
-- verdict: hazard lock-held-for-later-work
ALTER TABLE "users" ALTER COLUMN "name" SET DATA TYPE varchar(256);--> statement-breakpoint
-- verdict: hazard table-rewrite
ALTER TABLE "events" ALTER COLUMN "user_id" SET DATA TYPE bigint;
