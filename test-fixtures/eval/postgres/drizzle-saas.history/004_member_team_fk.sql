-- verdict: safe
SET lock_timeout = '3s';
--> statement-breakpoint
-- verdict: hazard fk-validation-lock
DO $$ BEGIN
 ALTER TABLE "members" ADD CONSTRAINT "members_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE set null ON UPDATE no action;
EXCEPTION
 WHEN duplicate_object THEN null;
END $$;
--> statement-breakpoint
-- verdict: safe
CREATE INDEX CONCURRENTLY IF NOT EXISTS "members_team_idx" ON "members" USING btree ("team_id");
