-- verdict: safe
SET lock_timeout = '3s';--> statement-breakpoint
-- verdict: hazard breaks-running-app
ALTER TABLE "projects" RENAME COLUMN "title" TO "name";
