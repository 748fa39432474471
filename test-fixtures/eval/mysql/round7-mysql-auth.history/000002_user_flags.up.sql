-- verdict: safe
SET SESSION lock_wait_timeout = 5;

-- verdict: safe
ALTER TABLE users ADD COLUMN is_admin TINYINT(1) NOT NULL DEFAULT 0, ALGORITHM=INSTANT;

-- AFTER <col> is INSTANT since 8.0.29
-- verdict: safe
ALTER TABLE users ADD COLUMN last_login_at TIMESTAMP NULL AFTER email;

-- verdict: safe
ALTER TABLE sessions ADD INDEX sessions_last_seen_idx (last_seen), ALGORITHM=INPLACE, LOCK=NONE;
