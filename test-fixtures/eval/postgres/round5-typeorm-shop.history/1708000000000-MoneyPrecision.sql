-- verdict: safe
SET LOCAL lock_timeout = '4s';
-- verdict: safe
ALTER TABLE "public"."product" ALTER COLUMN "price" TYPE numeric(12,2);
-- verdict: hazard table-rewrite
ALTER TABLE "public"."order" ALTER COLUMN "total" TYPE numeric(12,4);
