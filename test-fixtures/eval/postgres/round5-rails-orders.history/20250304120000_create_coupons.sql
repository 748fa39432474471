-- verdict: safe
BEGIN;
-- CreateCoupons (strong_migrations: lock_timeout 10s, statement_timeout 1h)
-- verdict: safe
SET lock_timeout TO '10s';
-- verdict: safe
SET statement_timeout TO '1h';
-- verdict: safe
CREATE TABLE "coupons" ("id" bigserial primary key, "code" character varying NOT NULL, "percent_off" integer NOT NULL, "created_at" timestamp(6) NOT NULL, "updated_at" timestamp(6) NOT NULL);
-- verdict: safe
CREATE UNIQUE INDEX "index_coupons_on_code" ON "coupons" ("code");
-- verdict: safe
ALTER TABLE "orders" ADD "coupon_id" bigint;
-- verdict: safe
ALTER TABLE "orders" ADD CONSTRAINT "fk_rails_0e3b5a9c21" FOREIGN KEY ("coupon_id") REFERENCES "coupons" ("id") NOT VALID;
-- verdict: safe
INSERT INTO "schema_migrations" ("version") VALUES ('20250304120000') RETURNING "version";
-- verdict: safe
COMMIT;
