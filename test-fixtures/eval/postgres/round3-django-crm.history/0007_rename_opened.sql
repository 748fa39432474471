-- verdict: safe
BEGIN;
--
-- Raw SQL operation
--
-- verdict: safe
SET LOCAL lock_timeout = '5s';
--
-- Rename field opened on ticket to opened_at
--
-- verdict: hazard rename
ALTER TABLE "crm_ticket" RENAME COLUMN "opened" TO "opened_at";
-- verdict: safe
COMMIT;
