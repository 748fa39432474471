-- verdict: safe
SET lock_timeout = '3s';--> statement-breakpoint
-- verdict: safe
ALTER TYPE "public"."member_role" ADD VALUE 'billing';--> statement-breakpoint
-- verdict: safe
ALTER TABLE "tasks" VALIDATE CONSTRAINT "tasks_assignee_id_users_id_fk";--> statement-breakpoint
-- verdict: hazard blocks-writes
ALTER TABLE "users" ADD CONSTRAINT "users_email_unique" UNIQUE("email");
