-- verdict: safe
SET lock_timeout = '3s';--> statement-breakpoint
-- verdict: safe
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_assignee_id_users_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action NOT VALID;--> statement-breakpoint
-- no longer read since release 2024.09 (column removed from the drizzle schema then)
-- verdict: hazard data-loss
ALTER TABLE "projects" DROP COLUMN IF EXISTS "legacy_color";
