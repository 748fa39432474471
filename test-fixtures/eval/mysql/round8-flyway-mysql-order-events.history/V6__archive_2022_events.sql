-- verdict: safe
CREATE TABLE order_events_archive_2022 LIKE order_events;

-- verdict: safe
ALTER TABLE order_events_archive_2022 REMOVE PARTITIONING;

-- verdict: safe
ALTER TABLE order_events EXCHANGE PARTITION p2022 WITH TABLE order_events_archive_2022;

-- verdict: safe
ALTER TABLE order_events DROP PARTITION p2022;
