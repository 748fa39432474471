-- verdict: safe
BEGIN;
--
-- Raw SQL operation
--
-- verdict: safe
SET LOCAL lock_timeout = '5s';
--
-- Add field phone to customer
--
-- verdict: safe
ALTER TABLE "crm_customer" ADD COLUMN "phone" varchar(32) DEFAULT '' NOT NULL;
-- (relabelled in session 10: the running release's INSERTs leave the new NOT NULL column out and fail once its default is gone)
-- verdict: hazard breaks-running-app
ALTER TABLE "crm_customer" ALTER COLUMN "phone" DROP DEFAULT;
--
-- Alter field subject on ticket
--
-- verdict: safe
ALTER TABLE "crm_ticket" ALTER COLUMN "subject" TYPE varchar(300);
-- verdict: safe
COMMIT;
