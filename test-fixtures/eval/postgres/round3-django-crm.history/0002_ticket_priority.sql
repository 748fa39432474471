-- verdict: safe
BEGIN;
--
-- Add field priority to ticket
--
-- PositiveSmallIntegerField: the inline CHECK is validated against every existing row under ACCESS EXCLUSIVE.
-- verdict: hazard check-validation
ALTER TABLE "crm_ticket" ADD COLUMN "priority" smallint DEFAULT 3 NOT NULL CHECK ("priority" >= 0);
-- verdict: safe
ALTER TABLE "crm_ticket" ALTER COLUMN "priority" DROP DEFAULT;
-- verdict: safe
COMMIT;
