-- fixture: --select update-without-where
-- The UPDATE of a function's body runs where the function is called, not where it is created.
CREATE FUNCTION reset_fees() RETURNS void LANGUAGE sql AS $$ UPDATE payments SET fee = 0 $$;
CREATE FUNCTION reset_one_fee(p int) RETURNS void LANGUAGE sql AS $$ UPDATE payments SET fee = 0 WHERE id = p $$;
-- expect: update-without-where
SELECT reset_fees();
-- expect: update-without-where
DO $$BEGIN PERFORM reset_fees(); END$$;
SELECT reset_one_fee(7);
-- Dropped: a later call runs whatever the database has under that name, not this body.
DROP FUNCTION reset_fees();
SELECT reset_fees();
