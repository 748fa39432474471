-- fixture: --select set-not-null-without-check
-- The PostgreSQL 12+ recipe (shown in one file for brevity; in practice VALIDATE goes in a later migration).
ALTER TABLE users ADD CONSTRAINT users_email_not_null CHECK (email IS NOT NULL) NOT VALID;
ALTER TABLE users VALIDATE CONSTRAINT users_email_not_null;
ALTER TABLE users ALTER COLUMN email SET NOT NULL;
ALTER TABLE users DROP CONSTRAINT users_email_not_null;
