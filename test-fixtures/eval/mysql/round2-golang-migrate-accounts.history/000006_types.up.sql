-- verdict: hazard table-copy
ALTER TABLE orders MODIFY amount DECIMAL(14,2) NOT NULL;
-- verdict: hazard table-copy
ALTER TABLE users MODIFY score BIGINT NOT NULL DEFAULT 10;
-- latin1: 200 -> 250 bytes stays below 256.
-- verdict: safe
ALTER TABLE legacy_notes MODIFY body VARCHAR(250) NOT NULL;
-- latin1: 250 -> 300 bytes crosses 255.
-- verdict: hazard table-copy
ALTER TABLE legacy_notes MODIFY body VARCHAR(300) NOT NULL;
-- verdict: hazard table-copy
ALTER TABLE legacy_notes CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_0900_ai_ci;
