-- NOT VALID checks no stored value and locks no table.
ALTER DOMAIN posint ADD CONSTRAINT posint_smaller CHECK (VALUE < 100000) NOT VALID;
-- expect: missing-lock-timeout
ALTER TABLE accounts ADD COLUMN memo text;
