-- A point update pins the primary key or a unique column to literals: a handful of rows, not a backfill.
BEGIN;
ALTER TABLE deals ALTER COLUMN stage SET DEFAULT 'lead';
UPDATE deals SET stage = 'lead' WHERE id = 1;
UPDATE deals SET stage = 'won' WHERE external_ref IN ('CRM-17', 'CRM-18');
DELETE FROM deals WHERE id IN (7, 8, 9) RETURNING id;
-- but a range of keys, or another column, can be any number of rows
-- expect: backfill-in-ddl-transaction
UPDATE deals SET stage = 'lead' WHERE id > 1;
COMMIT;

BEGIN;
ALTER TABLE currencies ADD COLUMN symbol text;
UPDATE currencies SET symbol = '$' WHERE code = 'USD';
-- expect: backfill-in-ddl-transaction
UPDATE currencies SET symbol = '?' WHERE symbol IS NULL AND code <> 'USD';
COMMIT;

-- No key known for audit_events: a column named id would pin rows, event_uuid does not.
BEGIN;
ALTER TABLE audit_events ADD COLUMN note text;
-- expect: backfill-in-ddl-transaction
UPDATE audit_events SET note = 'x' WHERE event_uuid = '1b4e28ba-2fa1-11d2-883f-0016d3cca427';
COMMIT;
