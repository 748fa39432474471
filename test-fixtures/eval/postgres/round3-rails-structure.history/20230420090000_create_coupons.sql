-- verdict: safe
BEGIN;
-- verdict: safe
SET lock_timeout TO '10s';
-- verdict: safe
CREATE TABLE "coupons" ("id" bigserial primary key, "code" character varying NOT NULL, "percent_off" integer NOT NULL, "created_at" timestamp(6) NOT NULL, "updated_at" timestamp(6) NOT NULL);
-- verdict: safe
CREATE UNIQUE INDEX "index_coupons_on_code" ON "coupons" ("code");
-- verdict: safe
ALTER TABLE "orders" ADD "coupon_id" bigint;
-- verdict: safe
ALTER TABLE "orders" ADD CONSTRAINT "fk_rails_0ad3b3a2c5"
FOREIGN KEY ("coupon_id")
  REFERENCES "coupons" ("id")
 NOT VALID;
-- verdict: safe
INSERT INTO "schema_migrations" ("version") VALUES ('20230420090000');
-- verdict: safe
COMMIT;
