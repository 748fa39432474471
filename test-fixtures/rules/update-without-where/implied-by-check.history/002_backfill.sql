-- A comparison that a CHECK of the column or of its domain already guarantees cannot narrow: it selects every row
-- (all but NULLs, which a CHECK lets through).
-- expect: update-without-where
UPDATE stock SET qty = qty + 1 WHERE qty >= 0;
-- expect: update-without-where
UPDATE stock SET qty = qty + 1 WHERE qty > -1 AND price >= 0;
-- expect: update-without-where
UPDATE stock SET qty = qty + 1 WHERE qty <> -5 AND id IS NOT NULL;
-- expect: update-without-where
UPDATE stock SET qty = 0 WHERE weight <= 1000;
-- expect: delete-without-where
DELETE FROM stock WHERE price > -0.5;

-- These narrow: a stricter bound than the CHECK, a CHECK that is NOT VALID (old rows may break it), a second
-- condition the constraints do not imply, a column without a CHECK, an OR.
UPDATE stock SET qty = qty + 1 WHERE qty > 0;
UPDATE stock SET qty = qty + 1 WHERE qty <= 100;
UPDATE stock SET qty = 0 WHERE weight < 500;
UPDATE stock SET qty = qty + 1 WHERE qty >= 0 AND price > 10;
UPDATE stock SET qty = qty + 1 WHERE id > 0;
DELETE FROM stock WHERE qty >= 0 OR id = 3;
