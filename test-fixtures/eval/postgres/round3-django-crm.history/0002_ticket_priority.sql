-- verdict: safe
BEGIN;
--
-- Add field priority to ticket
--
-- PositiveSmallIntegerField: the inline CHECK is validated against every existing row under ACCESS EXCLUSIVE.
-- verdict: hazard check-validation
ALTER TABLE "crm_ticket" ADD COLUMN "priority" smallint DEFAULT 3 NOT NULL CHECK ("priority" >= 0);
-- (relabelled in session 10: the running release's INSERTs leave the new NOT NULL column out and fail once its default is gone)
-- verdict: hazard breaks-running-app
ALTER TABLE "crm_ticket" ALTER COLUMN "priority" DROP DEFAULT;
-- verdict: safe
COMMIT;
