-- verdict: safe
SET lock_timeout = '3s';--> statement-breakpoint
-- verdict: hazard lock-held-for-later-work
ALTER TABLE "users" ADD COLUMN "created_at" timestamp DEFAULT now() NOT NULL;--> statement-breakpoint
-- verdict: hazard volatile-default
ALTER TABLE "users" ADD COLUMN "public_id" uuid DEFAULT gen_random_uuid() NOT NULL;--> statement-breakpoint
-- verdict: safe
ALTER TABLE "users" ADD COLUMN "is_admin" boolean DEFAULT false NOT NULL;--> statement-breakpoint
-- verdict: safe
ALTER TABLE "users" ALTER COLUMN "email" DROP NOT NULL;
