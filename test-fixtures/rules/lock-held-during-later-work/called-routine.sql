-- fixture: --select lock-held-during-later-work
-- A lock taken by a statement of a called function is taken where the function is called: the finding is there,
-- not on the CREATE FUNCTION, which takes no lock on items.
BEGIN;
CREATE FUNCTION widen_cat_id() RETURNS void LANGUAGE plpgsql AS $$BEGIN ALTER TABLE items ALTER COLUMN cat_id TYPE bigint; END$$;
-- expect: lock-held-during-later-work
SELECT widen_cat_id();
ALTER TABLE transfers ALTER COLUMN account_id TYPE bigint;
COMMIT;
