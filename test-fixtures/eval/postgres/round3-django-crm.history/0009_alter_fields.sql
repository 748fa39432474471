-- verdict: safe
BEGIN;
--
-- Raw SQL operation
--
-- verdict: safe
SET LOCAL lock_timeout = '5s';
--
-- Alter field status on ticket
--
-- verdict: hazard lock-held-for-later-work
ALTER TABLE "crm_ticket" ALTER COLUMN "status" DROP NOT NULL;
--
-- Alter field name on customer
--
-- verdict: hazard table-rewrite
ALTER TABLE "crm_customer" ALTER COLUMN "name" TYPE varchar(100);
-- verdict: safe
COMMIT;
