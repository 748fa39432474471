-- fixture: --select statements-after-exclusive-lock
-- TRUNCATE ... CASCADE also empties every table whose foreign keys reference a truncated one (items, and notes through
-- items): reading them afterwards reads nothing, so the lock held meanwhile blocks no work.
BEGIN;
TRUNCATE cats CASCADE;
UPDATE items SET name = upper(name);
INSERT INTO notes (id, item_id, body) SELECT id, id, 'x' FROM notes;
COMMIT;
