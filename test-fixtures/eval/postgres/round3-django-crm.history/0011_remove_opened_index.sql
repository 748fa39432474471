-- verdict: safe
BEGIN;
--
-- Remove index crm_ticket_opened_idx from ticket
--
-- verdict: hazard blocking-drop-index
DROP INDEX IF EXISTS "crm_ticket_opened_idx";
-- verdict: safe
COMMIT;
