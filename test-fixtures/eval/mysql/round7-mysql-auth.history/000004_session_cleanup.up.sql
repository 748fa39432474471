-- verdict: hazard blocks-reads
LOCK TABLES sessions WRITE;

-- verdict: hazard unbatched-delete
DELETE FROM sessions WHERE last_seen < NOW() - INTERVAL 90 DAY;

-- verdict: safe
UNLOCK TABLES;

-- verdict: safe
DELETE FROM audit_log WHERE created_at < '2020-01-01' ORDER BY created_at LIMIT 10000;

-- verdict: safe
CREATE TABLE user_roles (
    user_id BIGINT UNSIGNED NOT NULL,
    role VARCHAR(32) NOT NULL,
    PRIMARY KEY (user_id, role)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- InnoDB (REPEATABLE READ) takes shared next-key locks on every scanned users row: full scan, no index on is_admin
-- verdict: hazard blocks-writes
INSERT INTO user_roles (user_id, role) SELECT id, 'admin' FROM users WHERE is_admin = 1;
