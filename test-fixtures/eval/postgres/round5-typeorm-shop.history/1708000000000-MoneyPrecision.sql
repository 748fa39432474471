-- verdict: safe
SET LOCAL lock_timeout = '4s';
-- verdict: hazard lock-held-for-later-work
ALTER TABLE "public"."product" ALTER COLUMN "price" TYPE numeric(12,2);
-- verdict: hazard table-rewrite
ALTER TABLE "public"."order" ALTER COLUMN "total" TYPE numeric(12,4);
