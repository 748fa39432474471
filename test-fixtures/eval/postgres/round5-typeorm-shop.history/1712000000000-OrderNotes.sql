-- verdict: safe
SET LOCAL lock_timeout = '4s';
-- verdict: safe
ALTER TABLE "public"."order" ALTER COLUMN "user_email" TYPE text;
-- verdict: safe
ALTER TABLE "public"."order" ADD "notes" text;
-- verdict: safe
ALTER TABLE "public"."order" ADD "placed_at" TIMESTAMP NOT NULL DEFAULT now();
-- verdict: hazard rename-column
ALTER TABLE "public"."product" RENAME COLUMN "title" TO "name";
