-- verdict: safe
SET lock_timeout = '3s';
--> statement-breakpoint
-- verdict: safe
ALTER TABLE "accounts" ADD COLUMN "plan" varchar(32) DEFAULT 'free' NOT NULL;
--> statement-breakpoint
-- verdict: safe
ALTER TABLE "members" ADD COLUMN "invited_at" timestamp with time zone DEFAULT now();
--> statement-breakpoint
-- verdict: hazard table-rewrite
ALTER TABLE "members" ADD COLUMN "public_id" uuid DEFAULT gen_random_uuid() NOT NULL;
--> statement-breakpoint
-- verdict: hazard blocking-index-build
CREATE UNIQUE INDEX IF NOT EXISTS "members_public_id_idx" ON "members" USING btree ("public_id");
