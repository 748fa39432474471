-- verdict: safe
BEGIN;
-- verdict: hazard enum-add-value-in-transaction
ALTER TYPE sub_state ADD VALUE 'paused';
-- verdict: safe
COMMIT;
