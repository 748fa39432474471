-- fixture: --select index-without-concurrently
TRUNCATE TABLE notifications;
CREATE INDEX notifications_user_id_idx ON notifications (user_id);
DELETE FROM sessions WHERE expires_at < now();
-- expect: index-without-concurrently
CREATE INDEX sessions_expires_at_idx ON sessions (expires_at);
