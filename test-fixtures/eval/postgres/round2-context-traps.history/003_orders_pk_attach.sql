-- verdict: safe
SET lock_timeout = '2s';
-- "Id" is already NOT NULL and the index is valid: no scan, no build.
-- verdict: safe
ALTER TABLE app."Orders" ADD CONSTRAINT "Orders_pkey" PRIMARY KEY USING INDEX orders_id_idx;
-- verdict: safe
ALTER TABLE app."Orders" ADD CONSTRAINT orders_total_positive CHECK ("Total" >= 0) NOT VALID;
-- verdict: safe
ALTER /* new reference column */ TABLE -- keep nullable for now
    app."Orders" ADD COLUMN "CouponCode" text;
-- The column is new but the table is not: a plain index build blocks writes on all existing rows.
-- verdict: hazard index-without-concurrently
CREATE INDEX orders_coupon_idx ON app."Orders" ("CouponCode");
