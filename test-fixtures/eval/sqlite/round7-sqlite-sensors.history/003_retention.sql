-- one statement deleting a year of readings; the database write lock is held throughout
-- verdict: hazard unbatched-delete
DELETE FROM readings WHERE taken_at < CAST(strftime('%s', 'now', '-365 days') AS INTEGER);

-- verdict: safe
DELETE FROM readings
 WHERE id IN (SELECT id FROM readings WHERE device_id = 0 ORDER BY id LIMIT 5000);

-- rewrites the whole database file under an exclusive lock and needs 2x disk space
-- verdict: hazard blocks-writes
VACUUM;

-- verdict: safe
PRAGMA optimize;
