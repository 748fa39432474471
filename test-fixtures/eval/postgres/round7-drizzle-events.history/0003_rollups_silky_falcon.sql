-- verdict: safe
CREATE MATERIALIZED VIEW "daily_event_counts" AS
 SELECT date_trunc('day', "created_at") AS "day", "kind", count(*) AS "n"
   FROM "events"
  GROUP BY 1, 2
WITH NO DATA;
--> statement-breakpoint
-- verdict: safe
CREATE UNIQUE INDEX "daily_event_counts_day_kind_idx" ON "daily_event_counts" ("day", "kind");
--> statement-breakpoint
-- first population of a brand-new matview nobody reads yet
-- verdict: hazard lock-held-for-later-work
REFRESH MATERIALIZED VIEW "daily_event_counts";
--> statement-breakpoint
-- verdict: safe
GRANT SELECT ON "daily_event_counts" TO analytics;
--> statement-breakpoint
-- verdict: safe
CREATE MATERIALIZED VIEW "user_last_event" AS
 SELECT "user_id", max("created_at") AS "last_event_at"
   FROM "events"
  GROUP BY "user_id"
WITH NO DATA;
--> statement-breakpoint
-- verdict: safe
CREATE UNIQUE INDEX "user_last_event_user_idx" ON "user_last_event" ("user_id");
--> statement-breakpoint
-- CONCURRENTLY is rejected on a materialized view that has never been populated
-- verdict: hazard fails-unpopulated-matview
REFRESH MATERIALIZED VIEW CONCURRENTLY "user_last_event";
