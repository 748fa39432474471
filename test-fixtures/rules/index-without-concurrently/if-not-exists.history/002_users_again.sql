-- An idempotent re-declaration does not make the existing table new (or empty).
CREATE TABLE IF NOT EXISTS users (id bigserial PRIMARY KEY, email text NOT NULL);
-- expect: index-without-concurrently
CREATE INDEX IF NOT EXISTS users_created_idx ON users (id, email);
