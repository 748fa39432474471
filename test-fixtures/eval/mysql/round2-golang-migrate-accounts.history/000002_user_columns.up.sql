-- verdict: safe
ALTER TABLE users ADD COLUMN nickname VARCHAR(40) NULL;
-- 50 -> 60 chars of utf8mb4 stays within 255 bytes: in place, metadata only.
-- verdict: safe
ALTER TABLE users MODIFY bio VARCHAR(60) NULL;
-- 60 -> 100 chars of utf8mb4 crosses 255 bytes: the length prefix grows, table copy.
-- verdict: hazard table-copy
ALTER TABLE users MODIFY email VARCHAR(100) NOT NULL;
-- verdict: safe
ALTER TABLE users MODIFY status ENUM('active', 'banned', 'pending') NOT NULL DEFAULT 'active';
-- verdict: hazard table-copy
ALTER TABLE users MODIFY status ENUM('active', 'pending', 'banned', 'pending_review') NOT NULL DEFAULT 'active';
