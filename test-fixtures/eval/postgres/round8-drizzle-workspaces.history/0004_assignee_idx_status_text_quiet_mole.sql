-- verdict: safe
SET lock_timeout = '3s';--> statement-breakpoint
-- verdict: hazard blocks-writes
CREATE INDEX IF NOT EXISTS "tasks_assignee_id_idx" ON "tasks" USING btree ("assignee_id");--> statement-breakpoint
-- verdict: safe
ALTER TABLE "tasks" ALTER COLUMN "status" SET DATA TYPE text;--> statement-breakpoint
-- verdict: safe
ALTER TABLE "tasks" ADD COLUMN "metadata" jsonb;
