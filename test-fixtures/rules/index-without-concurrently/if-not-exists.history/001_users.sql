-- fixture: --select index-without-concurrently
CREATE TABLE IF NOT EXISTS users (id bigserial PRIMARY KEY, email text NOT NULL);
CREATE INDEX IF NOT EXISTS users_email_idx ON users (email);
