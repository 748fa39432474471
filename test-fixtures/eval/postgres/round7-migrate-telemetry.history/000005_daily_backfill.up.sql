-- verdict: safe
SET lock_timeout = '5s';

-- bounded to the last 7 days, served by readings_device_time_idx
-- verdict: safe
INSERT INTO metrics_daily (device_id, day, reading_count, avg_value)
SELECT device_id, (recorded_at AT TIME ZONE 'UTC')::date, count(*), avg(value)
  FROM readings
 WHERE recorded_at >= now() - interval '7 days'
 GROUP BY 1, 2
ON CONFLICT (device_id, day) DO UPDATE
   SET reading_count = EXCLUDED.reading_count,
       avg_value = EXCLUDED.avg_value;

-- aggregates all of readings and rewrites every devices row in one statement;
-- heartbeats updating devices.last_seen_at queue behind the row locks
-- verdict: hazard unbatched-backfill
UPDATE devices d
   SET last_seen_at = r.max_at
  FROM (SELECT device_id, max(recorded_at) AS max_at FROM readings GROUP BY device_id) r
 WHERE r.device_id = d.id;

-- verdict: hazard unbatched-delete
DELETE FROM readings
 WHERE device_id IN (SELECT id FROM devices WHERE decommissioned);

-- verdict: safe
ANALYZE readings;
