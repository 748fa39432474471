-- verdict: safe
BEGIN;
--
-- Raw SQL operation
--
-- verdict: safe
SET LOCAL lock_timeout = '5s';
--
-- Remove field assignee from ticket
--
-- verdict: safe
SET CONSTRAINTS "crm_ticket_assignee_id_7a8b9c0d_fk_crm_agent_id" IMMEDIATE; -- verdict: safe
ALTER TABLE "crm_ticket" DROP CONSTRAINT "crm_ticket_assignee_id_7a8b9c0d_fk_crm_agent_id";
-- verdict: hazard data-loss
ALTER TABLE "crm_ticket" DROP COLUMN "assignee_id" CASCADE;
--
-- Delete model Agent
--
-- verdict: hazard data-loss
DROP TABLE "crm_agent" CASCADE;
-- verdict: safe
COMMIT;
