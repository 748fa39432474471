-- fixture: --select drop-index-without-concurrently
CREATE TABLE sessions (id uuid PRIMARY KEY, user_id bigint, token text);
CREATE INDEX sessions_token_idx ON sessions (token);
