-- fixture: --select replace-view-changes-columns
CREATE TABLE users (id bigint PRIMARY KEY, email text, name text, score integer, created_at timestamptz);
CREATE VIEW v_users AS SELECT u.id, u.email AS contact, name FROM users u;
CREATE VIEW v_scores AS SELECT id, score::integer AS score FROM users;
CREATE VIEW v_named (user_id, user_email) AS SELECT id, email FROM users;
CREATE VIEW v_star AS SELECT * FROM users;
CREATE VIEW v_exprs AS SELECT id, lower(email) FROM users;
