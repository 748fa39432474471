BEGIN;
SET LOCAL lock_timeout = '5s';
-- expect: drop-view
DROP VIEW active_users;
-- expect: drop-view
DROP MATERIALIZED VIEW IF EXISTS user_counts CASCADE;
-- the swap: dropped and created again in the same migration
DROP VIEW user_emails;
CREATE VIEW user_emails AS SELECT id, email, name FROM users;
-- a view this migration created is nobody's yet
CREATE VIEW scratch AS SELECT id FROM users;
DROP VIEW scratch;
COMMIT;
