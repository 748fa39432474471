-- fixture: --select lock-table
BEGIN;
CREATE TABLE import_batches (id bigserial PRIMARY KEY, started_at timestamptz);
LOCK TABLE import_batches IN ACCESS EXCLUSIVE MODE;
COMMIT;
