-- verdict: safe
SET lock_timeout = '3s';
--> statement-breakpoint
-- verdict: hazard data-loss
ALTER TABLE "members" DROP COLUMN IF EXISTS "role";
--> statement-breakpoint
-- verdict: safe
ALTER TABLE "accounts" ALTER COLUMN "plan" SET DEFAULT 'trial';
--> statement-breakpoint
-- verdict: safe
ALTER TABLE "accounts" ALTER COLUMN "email" SET DATA TYPE varchar(320);
