-- dashboards query daily_event_counts all day long
-- verdict: hazard blocks-reads
REFRESH MATERIALIZED VIEW "daily_event_counts";
--> statement-breakpoint
-- verdict: hazard lock-held-for-later-work
REFRESH MATERIALIZED VIEW "user_last_event";
--> statement-breakpoint
-- verdict: safe
COMMENT ON MATERIALIZED VIEW "user_last_event" IS 'refreshed concurrently by cron after first load';
