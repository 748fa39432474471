-- Same columns, new ones appended, or columns the text does not name: no finding.
CREATE OR REPLACE VIEW v_users AS SELECT users.id, email contact, name, created_at FROM users WHERE id > 0;
CREATE OR REPLACE VIEW v_scores AS SELECT id, CAST(score AS integer) AS score, email FROM users;
CREATE OR REPLACE VIEW v_named (user_id, user_email, user_name) AS SELECT id, email, name FROM users;
CREATE OR REPLACE VIEW v_exprs AS SELECT id, upper(email) FROM users;
CREATE OR REPLACE VIEW v_new AS SELECT id FROM users;

-- A renamed, retyped or dropped column fails.
-- expect: replace-view-changes-columns
CREATE OR REPLACE VIEW v_users AS SELECT u.id, u.email AS email, name, created_at FROM users u;
-- expect: replace-view-changes-columns
CREATE OR REPLACE VIEW v_scores AS SELECT id, score::bigint AS score, email FROM users;
-- expect: replace-view-changes-columns
CREATE OR REPLACE VIEW v_named (user_id, user_email) AS SELECT id, email FROM users;
-- expect: replace-view-changes-columns
CREATE OR REPLACE VIEW v_new AS SELECT id AS user_id FROM users;
-- A SELECT * view has the table's columns at its creation: keeping only the first drops the others.
-- expect: replace-view-changes-columns
CREATE OR REPLACE VIEW v_star AS SELECT id FROM users;

-- Re-created after a DROP: a new view.
DROP VIEW v_users;
CREATE OR REPLACE VIEW v_users AS SELECT id FROM users;
