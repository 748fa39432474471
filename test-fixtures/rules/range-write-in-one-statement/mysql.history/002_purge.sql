-- expect: range-write-in-one-statement
DELETE FROM sessions WHERE last_seen < NOW() - INTERVAL 90 DAY;
-- expect: range-write-in-one-statement
DELETE FROM sessions WHERE last_seen < DATE_SUB(NOW(), INTERVAL 30 DAY);
-- one batch of a loop
DELETE FROM sessions WHERE last_seen < NOW() - INTERVAL 90 DAY ORDER BY id LIMIT 10000;
