-- fixture: --select missing-lock-timeout
-- A Django-style migration: only the first blocking statement is reported.
CREATE TABLE "shop_coupon" ("id" bigserial NOT NULL PRIMARY KEY, "code" varchar(32) NOT NULL);
-- expect: missing-lock-timeout
ALTER TABLE "shop_order" ADD COLUMN "coupon_id" bigint NULL;
ALTER TABLE "shop_order" ADD COLUMN "discount_cents" integer NULL;
CREATE INDEX "shop_order_coupon_id_idx" ON "shop_order" ("coupon_id");
