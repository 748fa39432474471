-- fixture: --select set-not-null-without-check
-- A NOT VALID check that was never validated proves nothing.
ALTER TABLE users ADD CONSTRAINT users_phone_not_null CHECK (phone IS NOT NULL) NOT VALID;
-- expect: set-not-null-without-check
ALTER TABLE users ALTER COLUMN phone SET NOT NULL;
