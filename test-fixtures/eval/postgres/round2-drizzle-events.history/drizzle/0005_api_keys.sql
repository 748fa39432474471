-- verdict: safe
SET lock_timeout = '3s';--> statement-breakpoint
-- verdict: safe
CREATE TABLE IF NOT EXISTS "api_keys" (
	"id" serial PRIMARY KEY NOT NULL,
	"user_id" integer NOT NULL,
	"key" text NOT NULL
);
--> statement-breakpoint
-- verdict: safe
ALTER TABLE "api_keys" RENAME COLUMN "key" TO "key_hash";--> statement-breakpoint
-- verdict: safe
ALTER TABLE "api_keys" RENAME TO "user_api_keys";--> statement-breakpoint
-- verdict: safe
CREATE UNIQUE INDEX IF NOT EXISTS "user_api_keys_key_hash_idx" ON "user_api_keys" USING btree ("key_hash");--> statement-breakpoint
-- verdict: safe
DO $$ BEGIN
 ALTER TABLE "user_api_keys" ADD CONSTRAINT "user_api_keys_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
EXCEPTION
 WHEN duplicate_object THEN null;
END $$;
