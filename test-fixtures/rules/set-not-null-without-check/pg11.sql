-- fixture: --select set-not-null-without-check --pg-version 11
-- Before 12 the validated CHECK does not let SET NOT NULL skip its scan.
ALTER TABLE users ADD CONSTRAINT users_email_not_null CHECK (email IS NOT NULL) NOT VALID;
ALTER TABLE users VALIDATE CONSTRAINT users_email_not_null;
-- expect: set-not-null-without-check
ALTER TABLE users ALTER COLUMN email SET NOT NULL;
