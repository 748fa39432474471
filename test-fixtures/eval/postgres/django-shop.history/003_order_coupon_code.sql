-- verdict: safe
BEGIN;
--
-- Add field coupon_code to order
--
-- verdict: hazard missing-lock-timeout
ALTER TABLE "shop_order" ADD COLUMN "coupon_code" varchar(32) NULL;
-- verdict: hazard blocking-index-build
CREATE INDEX "shop_order_coupon_code_1a2b3c4d" ON "shop_order" ("coupon_code");
-- verdict: hazard blocking-index-build
CREATE INDEX "shop_order_coupon_code_1a2b3c4d_like" ON "shop_order" ("coupon_code" varchar_pattern_ops);
-- verdict: safe
COMMIT;
