-- verdict: safe
SET lock_timeout = '3s';--> statement-breakpoint
-- verdict: hazard lock-held-for-later-work
ALTER TABLE "users" ADD COLUMN "org_id" integer;--> statement-breakpoint
-- verdict: hazard fk-validation
DO $$ BEGIN
 ALTER TABLE "users" ADD CONSTRAINT "users_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;
EXCEPTION
 WHEN duplicate_object THEN null;
END $$;
--> statement-breakpoint
-- verdict: hazard index-without-concurrently
CREATE INDEX IF NOT EXISTS "users_org_id_idx" ON "users" USING btree ("org_id");
