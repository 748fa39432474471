-- verdict: safe
SET SESSION lock_wait_timeout = 5;

-- verdict: hazard table-rewrite
ALTER TABLE audit_log CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_0900_ai_ci;

-- TEXT -> MEDIUMTEXT is a column type change: table copy, writes blocked
-- verdict: hazard table-rewrite
ALTER TABLE sessions MODIFY COLUMN payload MEDIUMTEXT;

-- verdict: safe
ALTER TABLE users RENAME INDEX users_email_uq TO users_email_unique;
