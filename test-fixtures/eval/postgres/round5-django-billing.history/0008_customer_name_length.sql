-- verdict: safe
BEGIN;
--
-- Alter field name on customer
--
-- verdict: hazard type-narrowing
ALTER TABLE "billing_customer" ALTER COLUMN "name" TYPE varchar(100);
-- verdict: safe
COMMIT;
