-- verdict: safe
CREATE TABLE IF NOT EXISTS "teams" (
	"id" serial PRIMARY KEY NOT NULL,
	"name" varchar(120) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
-- verdict: safe
CREATE TABLE IF NOT EXISTS "accounts" (
	"id" serial PRIMARY KEY NOT NULL,
	"email" varchar(255) NOT NULL,
	"team_id" integer,
	CONSTRAINT "accounts_email_unique" UNIQUE("email")
);
--> statement-breakpoint
-- verdict: safe
CREATE TABLE IF NOT EXISTS "members" (
	"id" serial PRIMARY KEY NOT NULL,
	"account_id" integer NOT NULL,
	"team_id" integer,
	"role" text DEFAULT 'member' NOT NULL
);
--> statement-breakpoint
-- verdict: safe
DO $$ BEGIN
 ALTER TABLE "members" ADD CONSTRAINT "members_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;
EXCEPTION
 WHEN duplicate_object THEN null;
END $$;
--> statement-breakpoint
-- verdict: safe
CREATE INDEX IF NOT EXISTS "members_account_idx" ON "members" USING btree ("account_id");
