-- Archived to S3 by the ops job; the detached table is now dropped.
-- verdict: hazard data-loss
DROP TABLE catalog.product_events_2024_01;
