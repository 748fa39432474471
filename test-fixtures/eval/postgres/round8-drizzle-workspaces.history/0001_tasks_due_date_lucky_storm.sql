-- verdict: safe
SET lock_timeout = '3s';--> statement-breakpoint
-- verdict: safe
ALTER TABLE "tasks" ADD COLUMN "due_date" date;--> statement-breakpoint
-- verdict: safe
ALTER TABLE "tasks" ADD COLUMN "priority" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
-- verdict: safe
ALTER TABLE "workspaces" ADD COLUMN "settings" jsonb DEFAULT '{}'::jsonb NOT NULL;
