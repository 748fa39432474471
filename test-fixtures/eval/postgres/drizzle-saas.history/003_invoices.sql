-- verdict: safe
SET lock_timeout = '3s';
--> statement-breakpoint
-- verdict: safe
CREATE TABLE IF NOT EXISTS "invoices" (
	"id" serial PRIMARY KEY NOT NULL,
	"account_id" integer NOT NULL,
	"amount_cents" integer NOT NULL,
	"issued_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
-- verdict: safe
DO $$ BEGIN
 ALTER TABLE "invoices" ADD CONSTRAINT "invoices_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;
EXCEPTION
 WHEN duplicate_object THEN null;
END $$;
--> statement-breakpoint
-- verdict: safe
CREATE INDEX IF NOT EXISTS "invoices_account_idx" ON "invoices" USING btree ("account_id");
