-- fixture: --select drop-view
CREATE TABLE users (id bigint PRIMARY KEY, email text, name text, deleted_at timestamptz);
CREATE VIEW active_users AS SELECT id, email FROM users WHERE deleted_at IS NULL;
CREATE VIEW user_emails AS SELECT id, email FROM users;
CREATE MATERIALIZED VIEW user_counts AS SELECT count(*) AS n FROM users;
CREATE VIEW named_users AS SELECT id, name FROM users;
