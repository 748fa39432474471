-- verdict: safe
ALTER TABLE events VALIDATE CONSTRAINT events_body_not_null;
