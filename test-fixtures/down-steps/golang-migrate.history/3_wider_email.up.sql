-- The forward history never sees a down step: accounts still exists here with email varchar(10), so widening it
-- is known not to rewrite the table.
ALTER TABLE accounts ALTER COLUMN email TYPE varchar(20);
