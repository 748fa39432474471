-- expect: drop-view
DROP VIEW user_emails;
-- the swap: dropped and created again in the same migration
DROP VIEW IF EXISTS named_users;
CREATE VIEW named_users AS SELECT id, name, email FROM users;
