-- verdict: safe
BEGIN;

-- verdict: hazard enum-add-value-in-transaction
ALTER TYPE shipment_state ADD VALUE 'returned';

-- verdict: safe
COMMIT;
