-- verdict: safe
BEGIN;
--
-- Raw SQL operation
--
-- verdict: safe
SET LOCAL lock_timeout = '5s';
--
-- Alter unique_together for ticket (1 constraint(s))
--
-- verdict: hazard blocking-unique
ALTER TABLE "crm_ticket" ADD CONSTRAINT "crm_ticket_customer_id_subject_3d4e5f60_uniq" UNIQUE ("customer_id", "subject");
-- verdict: safe
COMMIT;
