-- python manage.py sqlmigrate shop 0003
-- verdict: safe
BEGIN;
--
-- Raw SQL operation
--
-- verdict: safe
SET LOCAL lock_timeout = '5s';
--
-- Alter field state on order  (max_length 20 -> 32)
--
-- verdict: hazard lock-held-for-later-work
ALTER TABLE "shop_order" ALTER COLUMN "state" TYPE varchar(32);
--
-- Alter field total on order  (max_digits 10 -> 12)
--
-- verdict: safe
ALTER TABLE "shop_order" ALTER COLUMN "total" TYPE numeric(12, 2);
--
-- Alter field quantity on orderline  (IntegerField -> BigIntegerField)
--
-- verdict: hazard table-rewrite
ALTER TABLE "shop_orderline" ALTER COLUMN "quantity" TYPE bigint;
--
-- Add field is_gift to order
--
-- verdict: safe
ALTER TABLE "shop_order" ADD COLUMN "is_gift" boolean DEFAULT false NOT NULL;
-- Django removes the database default right away; the still-running old release
-- inserts orders without is_gift and now hits NOT NULL violations.
-- verdict: hazard breaks-running-app
ALTER TABLE "shop_order" ALTER COLUMN "is_gift" DROP DEFAULT;
--
-- Alter field number on order  (unique=True)
--
-- verdict: hazard blocks-writes
ALTER TABLE "shop_order" ADD CONSTRAINT "shop_order_number_3f0e2a9b_uniq" UNIQUE ("number");
-- verdict: hazard blocks-writes
CREATE INDEX "shop_order_number_3f0e2a9b_like" ON "shop_order" ("number" varchar_pattern_ops);
-- verdict: safe
COMMIT;
