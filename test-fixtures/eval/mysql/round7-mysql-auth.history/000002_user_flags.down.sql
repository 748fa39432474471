SET SESSION lock_wait_timeout = 5;

ALTER TABLE sessions DROP INDEX sessions_last_seen_idx;

ALTER TABLE users DROP COLUMN last_login_at, DROP COLUMN is_admin;
