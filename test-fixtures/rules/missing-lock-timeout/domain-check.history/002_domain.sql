-- Checking the stored values of a domain takes a SHARE lock on every table using it: the migration's first
-- blocking lock is this one, not the ALTER TABLE after it.
-- expect: missing-lock-timeout
ALTER DOMAIN posint ADD CONSTRAINT posint_small CHECK (VALUE < 1000000);
ALTER TABLE accounts ADD COLUMN note text;
