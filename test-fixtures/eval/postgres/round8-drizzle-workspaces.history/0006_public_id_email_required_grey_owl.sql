-- verdict: safe
SET lock_timeout = '3s';--> statement-breakpoint
-- verdict: hazard full-scan-under-lock
ALTER TABLE "users" ALTER COLUMN "email" SET NOT NULL;--> statement-breakpoint
-- verdict: hazard table-rewrite
ALTER TABLE "tasks" ADD COLUMN "public_id" uuid DEFAULT gen_random_uuid() NOT NULL;
