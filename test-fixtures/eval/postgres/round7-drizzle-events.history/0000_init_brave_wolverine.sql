-- fixture: --assume-in-transaction
-- drizzle-kit generate output; drizzle's migrate() applies all pending files inside one transaction
-- verdict: safe
CREATE TYPE "public"."event_kind" AS ENUM('signup', 'login', 'purchase');
--> statement-breakpoint
-- verdict: safe
CREATE TABLE IF NOT EXISTS "users" (
	"id" serial PRIMARY KEY NOT NULL,
	"email" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_email_unique" UNIQUE("email")
);
--> statement-breakpoint
-- verdict: safe
CREATE TABLE IF NOT EXISTS "events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"user_id" integer NOT NULL,
	"kind" "event_kind" NOT NULL,
	"source" text,
	"payload" json,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
-- verdict: safe
DO $$ BEGIN
 ALTER TABLE "events" ADD CONSTRAINT "events_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;
EXCEPTION
 WHEN duplicate_object THEN null;
END $$;
--> statement-breakpoint
-- verdict: safe
CREATE INDEX IF NOT EXISTS "events_user_created_idx" ON "events" USING btree ("user_id","created_at");
