ALTER TABLE events DROP CONSTRAINT events_body_not_null;
