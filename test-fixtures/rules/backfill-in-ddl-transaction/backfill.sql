-- fixture: --select backfill-in-ddl-transaction
BEGIN;
ALTER TABLE users ADD COLUMN status text;
-- expect: backfill-in-ddl-transaction
UPDATE users SET status = 'active';
-- expect: backfill-in-ddl-transaction
DELETE FROM users WHERE deleted_at < now() - interval '5 years';
-- expect: backfill-in-ddl-transaction
INSERT INTO users (email, status) SELECT email, 'invited' FROM invitations;
INSERT INTO users (email, status) VALUES ('admin@example.com', 'active');
COMMIT;

-- after COMMIT the lock is gone
UPDATE users SET status = 'active' WHERE status IS NULL;
