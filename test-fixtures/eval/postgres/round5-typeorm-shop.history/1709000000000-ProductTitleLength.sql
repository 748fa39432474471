-- verdict: safe
SET LOCAL lock_timeout = '4s';
-- verdict: hazard table-rewrite
ALTER TABLE "public"."product" ALTER COLUMN "title" TYPE character varying(200);
