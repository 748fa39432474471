-- verdict: safe
SET lock_timeout = '3s';--> statement-breakpoint
-- verdict: hazard data-loss
ALTER TABLE "events" DROP COLUMN IF EXISTS "legacy_ref";--> statement-breakpoint
-- verdict: hazard data-loss
DROP TABLE "sessions";--> statement-breakpoint
-- verdict: hazard rename-table
ALTER TABLE "orgs" RENAME TO "organizations";
